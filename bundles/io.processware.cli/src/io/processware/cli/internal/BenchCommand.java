package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code processware bench <what>}: measurements for docs/benchmarks.md, never part of the tests. */
@Command(name = "bench", description = "Measure Processware on synthetic input and print the figures "
		+ "(recorded in docs/benchmarks.md).", subcommands = { BenchModelCommand.class, BenchGenerateCommand.class })
public final class BenchCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return Integer.valueOf(ExitCode.ERROR.code());
	}
}
