package io.processware.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The outcome of one command line: exit status and what went to each stream. */
record CommandRun(int exitCode, String out, String err) {

	/** Runs the command line in-process, as the headless application does. */
	static CommandRun inProcess(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = ProcesswareCommandLine.execute(outStream, errStream, args);
		}
		return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** @return the error stream's non-empty lines */
	List<String> errLines() {
		return Arrays.stream(err.split("\\R")).filter(line -> !line.isBlank()).toList();
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
