package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware validate <solution>}: loads the solution models and prints what is wrong with them. */
@Command(name = "validate",
		description = { "Validate a solution: load its solution models (*.pws) and check them against "
				+ "Processware's rules (process flow, gateways, task determinism, data protection, quality "
				+ "gates, review routing, ...) and its business rules (*.rules: syntax, references into the "
				+ "models, types, decision tables, ...).",
				"Prints one line per problem, 'file:element: severity: message [rule]' for models and "
						+ "'file:line:column: severity: message' for rules, then a summary. "
						+ "Exits 1 when there are errors, 0 when there are none (warnings allowed), 2 when a "
						+ "file cannot be read as a solution model." })
public final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<solution>",
			description = "a solution folder (its *.pws files, outside generated/, target/ and hidden folders) "
					+ "or one .pws file")
	private Path solution;

	@Override
	public Integer call() {
		List<Path> files = SolutionArgument.solutionModels(solution);
		// a folder of rules files alone is still worth checking: analysts write rules before the model is done
		if (files.isEmpty() && !RulesProblems.hasRulesFiles(solution)) {
			spec.commandLine().getErr().println(NLS.bind(CliMessages.noSolutionFiles, solution));
			return Integer.valueOf(ExitCode.PROBLEMS.code());
		}
		PrintWriter out = spec.commandLine().getOut();
		SolutionCheck.Result check = SolutionCheck.run(solution, files, out);
		ValidationTally tally = check.tally();
		out.println(tally.summary(solution, check.models().size()));
		return Integer.valueOf(tally.errors() > 0 ? ExitCode.PROBLEMS.code() : ExitCode.OK.code());
	}
}
