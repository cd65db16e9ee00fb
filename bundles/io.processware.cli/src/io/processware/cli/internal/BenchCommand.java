package io.processware.cli.internal;

import picocli.CommandLine.Command;

/** {@code processware bench <subject>}: measurements for the docs/benchmarks*.md files, never part of the tests. */
@Command(name = "bench", description = "Measure Processware on synthetic input and print the figures "
		+ "(machine-dependent; recorded in docs/benchmarks*.md).", subcommands = { BenchModelCommand.class,
				BenchGenerateCommand.class, BenchBpmnCommand.class, BenchRulesCommand.class, BenchPipelineCommand.class })
public final class BenchCommand extends CommandGroup {
}
