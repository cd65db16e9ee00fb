package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code processware workbench}: documented here so that {@code --help} lists it, but carried out
 * by the launch script, which starts the product's workbench application instead of this one.
 */
@Command(name = "workbench",
		description = "Start the desktop workbench (handled by the ./processware launch script: "
				+ "'./processware workbench [-data <workspace>]'; the default workspace is "
				+ "~/processware-workspace).")
public final class WorkbenchCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getErr().println(spec.qualifiedName() + ": " + CliMessages.workbenchFromScript);
		return Integer.valueOf(ExitCode.ERROR.code());
	}
}
