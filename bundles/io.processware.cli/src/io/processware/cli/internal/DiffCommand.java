package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.generator.targets.GenerationTargets;
import io.processware.pipeline.PipelineException;
import io.processware.versioning.FileChange;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware diff <runA> <runB> [<solution>]}: what changed between two runs, grouped by board. */
@Command(name = "diff", description = "Show what changed from one run (or approved version, v1) to another: the files "
		+ "grouped by the board that reviews them (or assembly queue A), each with lines added and removed and its "
		+ "line-level diff (--stat: files only).")
public final class DiffCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<from>", description = "a run (r1) or approved version (v1)")
	private String from;

	@Parameters(index = "1", paramLabel = "<to>", description = "a run (r2) or approved version (v2)")
	private String to;

	@Parameters(index = "2", paramLabel = "<solution>", defaultValue = ".", description = "a solution folder or its .pws file (default: .)")
	private Path solution;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output repository (default: the solution's generated/)")
	private Path out;

	@Option(names = "--stat", description = "files and line counts only")
	private boolean stat;

	@Override
	public Integer call() {
		PrintWriter writer = spec.commandLine().getOut();
		PipelineSolution target = PipelineSolution.of(solution, out);
		Map<String, List<FileChange>> groups;
		try {
			groups = target.pipeline().diffByBoard(from, to, target.load(), GenerationTargets.installed());
		} catch (PipelineException | VersioningException e) {
			throw new CommandFailure(e.getMessage());
		}
		int files = 0;
		for (Map.Entry<String, List<FileChange>> group : groups.entrySet()) {
			writer.println(NLS.bind(CliMessages.diffGroupHeader, group.getKey(), Integer.valueOf(group.getValue().size())));
			for (FileChange change : group.getValue()) {
				files++;
				writer.println(NLS.bind(CliMessages.diffFileLine, new Object[] { change.kind().name().charAt(0), change.path(),
						Integer.valueOf(change.added()), Integer.valueOf(change.removed()) }));
				if (!stat) {
					writer.print(change.patch());
				}
			}
		}
		writer.println(NLS.bind(CliMessages.diffSummary, new Object[] { from, to, Integer.valueOf(files) }));
		return Integer.valueOf(ExitCode.OK.code());
	}
}
