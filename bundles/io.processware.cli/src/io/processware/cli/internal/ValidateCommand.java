package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.cli.internal.SolutionFolder.FileKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware validate <solution-folder>}. */
@Command(name = "validate",
		description = { "Validate a solution folder and print its problems.",
				"For now this checks that the folder exists and lists the solution files it holds "
						+ "(solution models *.pws, processes *.bpmn, rules *.rules, templates *.ftl); "
						+ "loading and validating the models arrives with the metamodel." })
public final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<solution-folder>", description = "the folder of one solution")
	private Path folder;

	@Override
	public Integer call() {
		SolutionFolder solution = SolutionFolder.read(folder);
		PrintWriter out = spec.commandLine().getOut();
		if (solution.isEmpty()) {
			spec.commandLine().getErr().println(NLS.bind(CliMessages.noSolutionFiles, folder));
			return Integer.valueOf(ExitCode.PROBLEMS.code());
		}
		out.println(NLS.bind(CliMessages.solutionFolderHeader, folder));
		for (FileKind kind : FileKind.values()) {
			if (!solution.files(kind).isEmpty()) {
				out.println(NLS.bind(CliMessages.solutionFileKindLine, kind.label(),
						Integer.valueOf(solution.files(kind).size())));
				solution.files(kind).forEach(file -> out.println(NLS.bind(CliMessages.solutionFileLine, file)));
			}
		}
		out.println(CliMessages.metamodelPending);
		return Integer.valueOf(ExitCode.OK.code());
	}
}
