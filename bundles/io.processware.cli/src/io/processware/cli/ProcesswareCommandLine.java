package io.processware.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.internal.CliMessages;
import io.processware.cli.internal.CommandFailure;
import io.processware.cli.internal.RootCommand;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one {@code processware} command line: parses it, runs the subcommand and maps every outcome
 * to an {@link ExitCode}. Errors are one line on the error stream, never a stack trace (set
 * {@code PROCESSWARE_DEBUG=1} to see one for internal errors).
 */
public final class ProcesswareCommandLine {

	private ProcesswareCommandLine() {
	}

	/**
	 * Runs a command line.
	 *
	 * @param out  where results go
	 * @param err  where errors go
	 * @param args the arguments, without the program name
	 * @return the process exit status, one of {@link ExitCode}
	 */
	public static int execute(PrintStream out, PrintStream err, String... args) {
		PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
		CommandLine commandLine = new CommandLine(new RootCommand())
				.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
				.setErr(errWriter)
				.setParameterExceptionHandler((failure, arguments) -> {
					errWriter.println(describe(failure));
					return ExitCode.ERROR.code();
				})
				.setExecutionExceptionHandler((failure, failed, parseResult) -> {
					errWriter.println(describe(failed.getCommandSpec().qualifiedName(), failure));
					if (System.getenv("PROCESSWARE_DEBUG") != null) {
						failure.printStackTrace(errWriter);
					}
					return ExitCode.ERROR.code();
				});
		return commandLine.execute(args);
	}

	private static String describe(ParameterException failure) {
		String command = failure.getCommandLine().getCommandSpec().qualifiedName();
		if (failure instanceof UnmatchedArgumentException unmatched
				&& failure.getCommandLine().getCommandSpec().parent() == null
				&& !unmatched.getUnmatched().isEmpty()
				&& !unmatched.getUnmatched().get(0).startsWith("-")) {
			return NLS.bind(CliMessages.unknownCommand, unmatched.getUnmatched().get(0));
		}
		return NLS.bind(CliMessages.usageError, command, failure.getMessage());
	}

	private static String describe(String command, Exception failure) {
		if (failure instanceof CommandFailure expected) {
			return NLS.bind(CliMessages.commandFailed, command, expected.getMessage());
		}
		return NLS.bind(CliMessages.internalError, command, String.valueOf(failure));
	}
}
