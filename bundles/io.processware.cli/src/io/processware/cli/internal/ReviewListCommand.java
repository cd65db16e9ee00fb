package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewItem;
import io.processware.pipeline.Pipeline;
import io.processware.pipeline.PipelineException;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware review list [<solution>] [--run <id>]}: a run's review items, board by board. */
@Command(name = "list", description = "List a run's review items board by board (default: the newest run), each with "
		+ "its artefact and its state: pending, or the decision with reviewer, time and comment.")
public final class ReviewListCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<solution>", defaultValue = ".", description = "a solution folder or its .pws file (default: .)")
	private Path solution;

	@Option(names = "--run", paramLabel = "<run>", description = "the run (default: the newest)")
	private String run;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output repository (default: the solution's generated/)")
	private Path out;

	@Override
	public Integer call() {
		PrintWriter writer = spec.commandLine().getOut();
		try {
			Pipeline pipeline = PipelineSolution.of(solution, out).pipeline();
			Pipeline.RunView view = pipeline.run(run);
			if (view.record() == null) {
				throw new CommandFailure(NLS.bind(CliMessages.runWithoutRecord, view.commit().runId()));
			}
			writer.println(NLS.bind(CliMessages.reviewListHeader, view.commit().runId(), RunReport.status(view)));
			for (ReviewBoard board : view.record().boards()) {
				writer.println(NLS.bind(CliMessages.reviewBoardHeader, board.getName(), board.getReviewers().stream()
						.map(reviewer -> reviewer.getEmail()).toList()));
				for (ReviewItem item : board.getItems()) {
					writer.println(NLS.bind(CliMessages.reviewItemLine, new Object[] { item.getId(), item.getArtefact().getPath(),
							RunReport.state(item) }));
				}
			}
			writer.println(RunReport.current(pipeline.currentApproved().orElse(null)));
			return Integer.valueOf(ExitCode.OK.code());
		} catch (PipelineException | VersioningException e) {
			throw new CommandFailure(e.getMessage());
		}
	}
}
