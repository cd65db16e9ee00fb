package io.processware.generator.documentation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mermaid itself (npm {@code mermaid}, pinned in {@code mermaid/package-lock.json}) parsing diagrams
 * under node, with jsdom for the browser globals Mermaid expects. The packages are installed with
 * {@code npm ci} into the test bundle's {@code target/} on first use.
 */
final class MermaidParser {

	/** What Mermaid said: its exit code and one line per diagram. */
	record Result(int exitCode, String output) {
	}

	private MermaidParser() {
	}

	static Result parse(List<String> diagrams) throws IOException, InterruptedException {
		Path bundle = Path.of(System.getProperty("processware.repository", "../.."))
				.resolve("tests/io.processware.generator.documentation.tests");
		Path work = bundle.resolve("target/mermaid-check");
		Files.createDirectories(work);
		for (String file : List.of("package.json", "package-lock.json", "parse.mjs")) {
			Files.copy(bundle.resolve("mermaid").resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(work.resolve("node_modules/mermaid"))) {
			Result install = run(work, 600, "npm", "ci", "--no-audit", "--no-fund", "--silent");
			if (install.exitCode() != 0) {
				throw new IOException("npm ci failed in " + work + ": " + install.output());
			}
		}
		Path input = Files.writeString(work.resolve("diagrams.txt"), String.join("\n%%%%\n", diagrams),
				StandardCharsets.UTF_8);
		return run(work, 120, "node", "parse.mjs", input.toString());
	}

	private static Result run(Path folder, int seconds, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish in " + seconds + " s");
		}
		return new Result(process.exitValue(), output);
	}
}
