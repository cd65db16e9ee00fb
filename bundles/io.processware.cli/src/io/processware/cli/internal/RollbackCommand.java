package io.processware.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.generator.targets.GenerationTargets;
import io.processware.model.solution.Solution;
import io.processware.pipeline.PipelineException;
import io.processware.versioning.ApprovedVersion;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware rollback <version> [<solution>] --as <email>}: an approved version back as a new commit. */
@Command(name = "rollback", description = "Restore an approved version (v1) as a new run: a new commit on the "
		+ "generation branch with exactly that version's files, tagged as the next approved version, which becomes "
		+ "current. History is never rewritten. Only a business board's reviewer or a quality gate's approver may roll back.")
public final class RollbackCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<version>", description = "the approved version to restore (v1)")
	private String version;

	@Parameters(index = "1", paramLabel = "<solution>", defaultValue = ".", description = "a solution folder or its .pws file (default: .)")
	private Path solution;

	@Option(names = "--as", required = true, paramLabel = "<email>", description = "who rolls back")
	private String by;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output repository (default: the solution's generated/)")
	private Path out;

	@Override
	public Integer call() {
		PipelineSolution target = PipelineSolution.of(solution, out);
		Solution model = target.load();
		try {
			ApprovedVersion restored = target.pipeline().rollback(version, model, GenerationTargets.installed(),
					PipelineSolution.person(model, by));
			spec.commandLine().getOut().println(NLS.bind(CliMessages.rollbackDone, new Object[] { version, restored.label(),
					restored.runId(), restored.commit().substring(0, 10) }));
			return Integer.valueOf(ExitCode.OK.code());
		} catch (PipelineException refused) {
			spec.commandLine().getErr().println(refused.getMessage());
			return Integer.valueOf(ExitCode.PROBLEMS.code());
		} catch (VersioningException e) {
			throw new CommandFailure(e.getMessage());
		}
	}
}
