package io.processware.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs one of the repository's scripts as a separate process, the way a user or CI does. */
final class ScriptRun {

	private static final long TIMEOUT_MINUTES = 5;

	private ScriptRun() {
	}

	/** The repository root, handed over by the build. */
	static Path repository() {
		return Path.of(System.getProperty("processware.repository", "../.."));
	}

	/** The materialised product, handed over by the build. */
	static Path product() {
		return Path.of(System.getProperty("processware.product"));
	}

	static CommandRun run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
		List<String> commandLine = new ArrayList<>(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(commandLine).directory(repository().toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process, false));
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process, true));
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " min");
		}
		return new CommandRun(process.exitValue(), out.join(), err.join());
	}

	private static String read(Process process, boolean error) {
		try {
			return new String((error ? process.getErrorStream() : process.getInputStream()).readAllBytes(),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "(unreadable: " + e + ")";
		}
	}
}
