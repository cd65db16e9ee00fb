package io.processware.cli.internal;

import picocli.CommandLine.Command;

/** {@code processware bench <what>}: measurements for docs/benchmarks.md, never part of the tests. */
@Command(name = "bench", description = "Measure Processware on synthetic input and print the figures "
		+ "(recorded in docs/benchmarks.md).", subcommands = { BenchModelCommand.class, BenchRulesCommand.class })
public final class BenchCommand extends CommandGroup {
}
