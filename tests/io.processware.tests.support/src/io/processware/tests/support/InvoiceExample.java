package io.processware.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.processware.generator.targets.SolutionInput;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.Solution;

/**
 * The bundled invoice-processing example, as the test suites use it: read in place, or copied to a
 * temporary folder that a test may change. The repository is the system property
 * {@code processware.repository}, which every suite's pom sets.
 */
public final class InvoiceExample {

	private InvoiceExample() {
	}

	/** @return the example's folder in the repository: read it, never write to it */
	public static Path folder() {
		String repository = System.getProperty("processware.repository");
		if (repository == null) {
			throw new IllegalStateException("the system property processware.repository is not set (see the suite's pom.xml)");
		}
		return Path.of(repository).resolve("examples/invoice-processing");
	}

	/** @return the example's solution, loaded as {@code processware generate} loads it */
	public static Solution load() throws SolutionLoadException {
		return SolutionResources.load(SolutionResources.newResourceSet(), folder().resolve("invoice-processing.pws"))
				.solution();
	}

	/** @return the input of a generation run on the example in place */
	public static SolutionInput input(Solution solution) {
		return new SolutionInput(solution, folder(), "test-model-hash");
	}

	/**
	 * Copies the example, without the output that the README's main command leaves in its
	 * {@code generated/} folder, to {@code temp/invoice-processing}.
	 *
	 * @return the copy's folder
	 */
	public static Path copy(Path temp) throws IOException {
		Path source = folder();
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

	/** In a copy of the example, raises the treasurer's threshold in the approval-level decision table: one rule changes. */
	public static void changeOneRule(Path copy) throws IOException {
		if (copy.startsWith(folder())) {
			throw new IllegalArgumentException("change a copy of the example, not the example: " + copy);
		}
		Path rules = copy.resolve("rules/approval-thresholds.rules");
		String text = Files.readString(rules);
		String changed = text.replace("row [1000 EUR .. 10000 EUR]", "row [1000 EUR .. 20000 EUR]")
				.replace("row > 10000 EUR", "row > 20000 EUR");
		if (changed.equals(text)) {
			throw new AssertionError("the example's approval-level table changed: update this test");
		}
		Files.writeString(rules, changed);
	}
}
