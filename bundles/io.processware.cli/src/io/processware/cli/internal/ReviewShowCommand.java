package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.model.generation.GenerationPhase;
import io.processware.model.review.Decision;
import io.processware.model.review.ReviewItem;
import io.processware.pipeline.Pipeline;
import io.processware.pipeline.PipelineException;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware review show <item|run> [<solution>]}: an item's diff and decisions, or a run's phases. */
@Command(name = "show", description = "Show a review item (its artefact, the model elements it came from, its diff "
		+ "against the approved version, its decisions) or a run (its phases with every quality-gate criterion's score, "
		+ "and, when it was sent back, the reviewers' comments per model element).")
public final class ReviewShowCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<item|run>", description = "an item (r2.security-board.1) or a run (r2)")
	private String subject;

	@Parameters(index = "1", paramLabel = "<solution>", defaultValue = ".", description = "a solution folder or its .pws file (default: .)")
	private Path solution;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output repository (default: the solution's generated/)")
	private Path out;

	@Override
	public Integer call() {
		PrintWriter writer = spec.commandLine().getOut();
		try {
			String runId = subject.contains(".") ? subject.substring(0, subject.indexOf('.')) : subject;
			Pipeline.RunView view = PipelineSolution.of(solution, out).pipeline().run(runId);
			if (view.record() == null) {
				throw new CommandFailure(NLS.bind(CliMessages.runWithoutRecord, runId));
			}
			if (subject.equals(runId)) {
				writer.println(NLS.bind(CliMessages.reviewRunHeader, new Object[] { runId, RunReport.status(view),
						view.commit().shortCommit(), view.commit().authorEmail() }));
				for (GenerationPhase phase : view.record().run().getPhases()) {
					writer.println(RunReport.phase(phase));
				}
				for (Pipeline.Refinement refinement : Pipeline.refinements(view.record())) {
					for (String element : refinement.elements().isEmpty() ? java.util.List.of(refinement.artefact())
							: refinement.elements()) {
						writer.println(NLS.bind(CliMessages.refinementLine, new Object[] { element, refinement.board(),
								refinement.reviewer(), refinement.comment(), refinement.artefact() }));
					}
				}
				return Integer.valueOf(ExitCode.OK.code());
			}
			ReviewItem item = view.record().item(subject).orElseThrow(() -> new CommandFailure(
					NLS.bind(CliMessages.noSuchItem, subject, runId)));
			writer.println(NLS.bind(CliMessages.reviewItemHeader, new Object[] { item.getId(),
					io.processware.pipeline.RunRecord.boardOf(item).getName(), item.getArtefact().getPath(),
					item.getArtefact().getKind(), RunReport.state(item) }));
			if (item.getArtefact().getDescription() != null) {
				writer.println("  " + item.getArtefact().getDescription());
			}
			for (Decision decision : item.getDecisions()) {
				writer.println("  " + RunReport.decision(decision));
			}
			if (item.getDiff() != null) {
				writer.print(item.getDiff());
			}
			writer.flush();
			return Integer.valueOf(ExitCode.OK.code());
		} catch (PipelineException | VersioningException e) {
			throw new CommandFailure(e.getMessage());
		}
	}
}
