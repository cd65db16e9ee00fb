package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.cli.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code processware}, {@code processware bench}): called
 * without one, it is a usage error, and the usage is the most useful answer.
 */
abstract class CommandGroup implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public final Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return Integer.valueOf(ExitCode.ERROR.code());
	}
}
