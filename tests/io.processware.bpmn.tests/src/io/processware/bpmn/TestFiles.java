package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests' BPMN files are: the MIWG reference suite and the fixtures beside the tests. */
final class TestFiles {

	private TestFiles() {
	}

	/**
	 * The OMG BPMN MIWG reference files (BPMN MIWG test suite, bpmn-miwg/bpmn-miwg-test-suite,
	 * CC BY 3.0), passed by the build as {@code processware.miwg}.
	 */
	static List<Path> miwgReferenceFiles() {
		Path folder = folder("processware.miwg");
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".bpmn")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return a fixture file of this bundle's {@code fixtures/} folder */
	static Path fixture(String name) {
		Path file = folder("processware.bpmn.fixtures").resolve(name);
		assertTrue(Files.isRegularFile(file), () -> "missing fixture " + file);
		return file;
	}

	static Path miwg(String name) {
		return folder("processware.miwg").resolve(name);
	}

	private static Path folder(String property) {
		String value = System.getProperty(property);
		if (value == null) {
			throw new IllegalStateException("system property " + property + " is not set: run the tests through "
					+ "Maven (tests/io.processware.bpmn.tests/pom.xml sets it)");
		}
		Path folder = Path.of(value);
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException(property + " points to " + folder + ", which is not a folder: the "
					+ "MIWG reference files are expected in ../shared/testdata/bpmn-miwg-reference beside the repository");
		}
		return folder;
	}
}
