package io.processware.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.processware.cli.ExitCode;
import io.processware.pipeline.Pipeline;
import io.processware.pipeline.PipelineException;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware runs <solution>}: the generation runs, newest first, and the current approved version. */
@Command(name = "runs", description = "List the solution's generation runs, newest first: id, status, commit, "
		+ "approved version, author, model hash; and the current approved version (what requests use while a run is pending).")
public final class RunsCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<solution>", defaultValue = ".", description = "a solution folder or its .pws file (default: .)")
	private Path solution;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output repository (default: the solution's generated/)")
	private Path out;

	@Override
	public Integer call() {
		PipelineSolution target = PipelineSolution.of(solution, out);
		try {
			Pipeline pipeline = target.pipeline();
			List<Pipeline.RunView> runs = pipeline.runs();
			TextTable table = new TextTable(CliMessages.runsHeader);
			for (Pipeline.RunView run : runs) {
				table.row(run.commit().runId(), RunReport.status(run), run.commit().shortCommit(),
						run.version() == null ? "" : run.version().label(), run.commit().authorEmail(),
						run.commit().modelHash() == null ? "" : run.commit().modelHash().substring(0, Math.min(12, run.commit().modelHash().length())),
						run.commit().time().toString());
			}
			table.print(spec.commandLine().getOut());
			spec.commandLine().getOut().println(RunReport.current(pipeline.currentApproved().orElse(null)));
			spec.commandLine().getOut().flush();
			return Integer.valueOf(ExitCode.OK.code());
		} catch (PipelineException | VersioningException e) {
			throw new CommandFailure(e.getMessage());
		}
	}
}
