package io.processware.cli.internal;

import picocli.CommandLine.Command;

/** {@code processware bench <subject>}: benchmarks of the engine, one subcommand per subject. */
@Command(name = "bench", description = "Run a benchmark and print its figures (machine-dependent; not a test).",
		subcommands = { BenchBpmnCommand.class })
public final class BenchCommand extends CommandGroup {
}
