package io.processware.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.processware.generator.internal.OutputFolder;

/** Paths built from model names can never leave the output folder. */
class OutputFolderTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "../escape.java", "src/../../escape.java", "/etc/passwd", "C:/Windows/x", "a//b.java",
			"./a.java", "src/CON.java", "nul", "lpt1.txt", ".processware/trace.json", "src/.git/config",
			"a\\b.java", "what?.java", "tab\there.java", "trailing.", "space /x", "" })
	void rejectsPathsThatCouldEscapeOrAreNotPortable(String path) {
		OutputFolder folder = new OutputFolder(temp.resolve("out"));
		GenerationException failure = assertThrows(GenerationException.class, () -> folder.resolve(path));
		assertTrue(failure.getMessage().startsWith("unsafe output path '" + path + "'"), failure.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "README.md", "src-gen/shop/Invoice.java", "db/V1__invoice.sql", ".github/workflows/ci.yml",
			"console.java", "comfort/x.txt" })
	void acceptsOrdinaryPaths(String path) {
		OutputFolder folder = new OutputFolder(temp.resolve("out"));
		assertEquals(temp.resolve("out").resolve(path).toAbsolutePath().normalize(), folder.resolve(path));
	}

	@Test
	void rejectsALinkThatLeadsOutOfTheFolder() throws Exception {
		Path out = Files.createDirectories(temp.resolve("out"));
		Path outside = Files.createDirectories(temp.resolve("outside"));
		Files.createSymbolicLink(out.resolve("docs"), outside);
		GenerationException failure = assertThrows(GenerationException.class,
				() -> new OutputFolder(out).resolve("docs/index.md"));
		assertTrue(failure.getMessage().contains("link that leads out"), failure.getMessage());
	}

	@Test
	void writesAtomicallyWithoutLeavingTemporaryFiles() throws Exception {
		OutputFolder folder = new OutputFolder(temp);
		Path file = folder.resolve("a/b/c.txt");
		folder.write(file, "one");
		folder.write(file, "two");
		assertEquals("two", Files.readString(file));
		try (var files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "only the file itself, no temporary file left behind");
		}
	}

	@Test
	void deletingTheLastFileRemovesTheFoldersItLeavesEmpty() throws Exception {
		OutputFolder folder = new OutputFolder(temp);
		Path file = folder.resolve("a/b/c.txt");
		folder.write(file, "x");
		folder.write(folder.resolve("a/keep.txt"), "y");
		folder.delete(file);
		assertTrue(Files.notExists(temp.resolve("a/b")));
		assertTrue(Files.exists(temp.resolve("a/keep.txt")));
	}

	@Test
	void aSecondRunOnTheSameFolderIsRefused() {
		OutputFolder folder = new OutputFolder(temp);
		try (OutputFolder.RunLock first = folder.lock()) {
			GenerationException failure = assertThrows(GenerationException.class, folder::lock);
			assertTrue(failure.getMessage().startsWith("another generation run is writing to " + temp), failure.getMessage());
		}
		folder.lock().close();
	}
}
