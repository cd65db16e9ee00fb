package io.processware.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the bundled invoice example (without generated output) that a test may change. */
final class ExampleCopy {

	private ExampleCopy() {
	}

	static Path of(Path temp) throws IOException {
		Path source = ScriptRun.repository().resolve("examples/invoice-processing");
		Path target = temp.resolve("invoice-processing");
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path path : walk.filter(path -> !source.relativize(path).toString().startsWith("generated")).toList()) {
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(path, copy);
				}
			}
		}
		return target;
	}

	/** Raises the treasurer's threshold in the approval-level decision table: one rule changes. */
	static void changeOneRule(Path solution) throws IOException {
		Path rules = solution.resolve("rules/approval-thresholds.rules");
		String text = Files.readString(rules);
		String changed = text.replace("row [1000 EUR .. 10000 EUR]", "row [1000 EUR .. 20000 EUR]").replace("row > 10000 EUR",
				"row > 20000 EUR");
		if (changed.equals(text)) {
			throw new AssertionError("the example's approval-level table changed: update this test");
		}
		Files.writeString(rules, changed);
	}
}
