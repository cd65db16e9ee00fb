package io.processware.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code processware}: the subcommands of the headless engine. */
@Command(name = "processware", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		sortOptions = false,
		description = "Processware turns a business model (BPMN processes, domain model, business rules) "
				+ "into a complete, reviewed solution. This is its headless command line, for analysts' "
				+ "terminals and CI pipelines.",
		subcommands = { ValidateCommand.class, GenerateCommand.class, TraceCommand.class, BpmnCheckCommand.class,
				ClassifyCommand.class, MatrixCommand.class, StatusCommand.class, VerifyCommand.class, ReviewCommand.class,
				RunsCommand.class, DiffCommand.class, RollbackCommand.class, LspCommand.class, BenchCommand.class,
				WorkbenchCommand.class, HelpCommand.class },
		footerHeading = "%nExit codes:%n",
		footer = { "  0  ok", "  1  the command ran and found problems (for example validation errors)",
				"  2  usage error, missing input or internal error (one line on stderr)", "" })
public final class RootCommand extends CommandGroup {
}
