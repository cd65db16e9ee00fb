package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.model.review.DecisionOutcome;
import io.processware.model.review.ReviewItem;
import io.processware.pipeline.Pipeline;
import io.processware.pipeline.PipelineException;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What approving and rejecting share: the item or run, the reviewer, the comment, and recording it. */
final class ReviewDecisionOptions {

	@Parameters(index = "0", paramLabel = "<item|run>",
			description = "an item (r2.security-board.1), or a run (r2): every item of it the reviewer may decide now")
	String subject;

	@Parameters(index = "1", paramLabel = "<solution>", defaultValue = ".", description = "a solution folder or its .pws file (default: .)")
	Path solution;

	@Option(names = "--as", required = true, paramLabel = "<email>", description = "the reviewer deciding (their e-mail in the model)")
	String reviewer;

	@Option(names = "--comment", paramLabel = "<text>", description = "why; required to reject")
	String comment;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output repository (default: the solution's generated/)")
	Path out;

	/** Records the decision and prints what it decided; exit 1 when the pipeline refused it. */
	int decide(DecisionOutcome outcome, PrintWriter out, PrintWriter err) {
		Pipeline.DecisionResult result;
		try {
			result = PipelineSolution.of(solution, this.out).pipeline().decide(subject, reviewer, outcome, comment);
		} catch (PipelineException refused) {
			err.println(refused.getMessage());
			return ExitCode.PROBLEMS.code();
		} catch (VersioningException e) {
			throw new CommandFailure(e.getMessage());
		}
		for (ReviewItem item : result.decided()) {
			out.println(NLS.bind(CliMessages.reviewItemLine, new Object[] { item.getId(), item.getArtefact().getPath(),
					RunReport.state(item) }));
		}
		out.println(NLS.bind(CliMessages.reviewRunStatus, result.record().id(), RunReport.status(result.record())));
		if (result.approved() != null) {
			out.println(NLS.bind(CliMessages.reviewApprovedVersion, new Object[] { result.record().id(),
					result.approved().label(), result.approved().tag() }));
		}
		return ExitCode.OK.code();
	}
}
