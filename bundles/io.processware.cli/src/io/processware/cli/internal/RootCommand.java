package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code processware}: the subcommands of the headless engine. */
@Command(name = "processware", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		sortOptions = false,
		description = "Processware turns a business model (BPMN processes, domain model, business rules) "
				+ "into a complete, reviewed solution. This is its headless command line, for analysts' "
				+ "terminals and CI pipelines.",
		subcommands = { ValidateCommand.class, BpmnCheckCommand.class, BenchCommand.class, WorkbenchCommand.class,
				HelpCommand.class },
		footerHeading = "%nExit codes:%n",
		footer = { "  0  ok", "  1  the command ran and found problems (for example validation errors)",
				"  2  usage error, missing input or internal error (one line on stderr)", "" })
public final class RootCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		// no subcommand given: that is a usage error, and the usage is the most useful answer
		spec.commandLine().usage(spec.commandLine().getErr());
		return Integer.valueOf(ExitCode.ERROR.code());
	}
}
