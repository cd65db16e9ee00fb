package io.processware.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
			"a\\b.java", "what?.java", "tab\there.java", "trailing.", "space /x", "src/.Invoice.java.processware-tmp", "" })
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
	void writesManyFilesAtOnceAndNamesTheOneThatCannotBeWritten() throws Exception {
		OutputFolder folder = new OutputFolder(temp);
		java.util.Map<Path, String> files = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 60; i++) {
			files.put(folder.resolve("src/p" + (i % 7) + "/File" + i + ".java"), "class File" + i + " {}\n");
		}
		// a folder with content where a file should go: the move onto it fails
		Path blocked = folder.resolve("src/p2/File30.java");
		Files.createDirectories(blocked.resolve("inside"));
		boolean[] meanwhile = new boolean[1];
		GenerationException failure = assertThrows(GenerationException.class,
				() -> folder.writeAll(files, () -> meanwhile[0] = true));
		assertTrue(failure.getMessage().startsWith("src/p2/File30.java: cannot write"), failure.getMessage());
		assertTrue(meanwhile[0], "the caller's work ran while the files were written");
		for (int i = 0; i < 60; i++) {
			if (i != 30) {
				assertEquals("class File" + i + " {}\n", Files.readString(folder.resolve("src/p" + (i % 7) + "/File" + i + ".java")));
			}
		}
		try (var left = Files.walk(temp)) {
			assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".processware-tmp")).toList(),
					"no temporary file left behind, not even of the failed write");
		}
	}

	@Test
	void aLinkAtTheTemporaryFilesNameIsNotFollowedOutOfTheFolder() throws Exception {
		Path out = Files.createDirectories(temp.resolve("out"));
		Path outside = Files.writeString(temp.resolve("outside.txt"), "mine");
		OutputFolder folder = new OutputFolder(out);
		Files.createSymbolicLink(out.resolve(".a.txt.processware-tmp"), outside);
		folder.write(folder.resolve("a.txt"), "generated");
		assertEquals("mine", Files.readString(outside));
		assertEquals("generated", Files.readString(out.resolve("a.txt")));
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
