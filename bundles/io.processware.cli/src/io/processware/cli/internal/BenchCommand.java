package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code processware bench <subject>}: benchmarks of the engine, one subcommand per subject. */
@Command(name = "bench", description = "Run a benchmark and print its figures (machine-dependent; not a test).",
		subcommands = { BenchBpmnCommand.class })
public final class BenchCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		// no subject given: list the subjects, as the root command does for subcommands
		spec.commandLine().usage(spec.commandLine().getErr());
		return Integer.valueOf(ExitCode.ERROR.code());
	}
}
