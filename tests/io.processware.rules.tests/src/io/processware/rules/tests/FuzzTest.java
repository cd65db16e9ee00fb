package io.processware.rules.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.rules.workspace.RulesValidation;

/**
 * Feeds mutated example files (characters and tokens deleted, duplicated, swapped and inserted, with a
 * fixed seed so that a failure reproduces) to the parser and every check: problems are reported,
 * no exception escapes.
 */
class FuzzTest {

	private static final String[] INSERTS = { " ", "\n", "-", "..", "|", "=>", "(", ")", "{", "}", "\"", "EUR", "rule", "table",
			"row", "not", "in", "5", "0.5", "date", "[", "]", ".", ",", "and", "hit", "UNIQUE", "given x : ", "computed" };

	@TempDir
	Path temp;

	@Test
	void mutatedFilesNeverThrow() throws IOException {
		Path folder = RulesFixture.folder(temp);
		List<String> sources = new ArrayList<>();
		for (Path file : RulesValidation.rulesFiles(RulesFixture.example())) {
			sources.add(Files.readString(file, StandardCharsets.UTF_8));
		}
		Random random = new Random(20261121L);
		for (int round = 0; round < 60; round++) {
			String source = sources.get(round % sources.size());
			String mutated = mutate(source, random, 1 + random.nextInt(6));
			Path file = folder.resolve("rules/fuzz-" + round + ".rules");
			Files.writeString(file, mutated, StandardCharsets.UTF_8);
			String context = "round " + round + ":\n" + mutated;
			assertDoesNotThrow(() -> RulesValidation.validate(List.of(file)), () -> context);
		}
	}

	private static String mutate(String source, Random random, int mutations) {
		StringBuilder text = new StringBuilder(source);
		for (int i = 0; i < mutations && text.length() > 2; i++) {
			int at = random.nextInt(text.length());
			int length = Math.min(1 + random.nextInt(12), text.length() - at);
			switch (random.nextInt(4)) {
				case 0 -> text.delete(at, at + length);
				case 1 -> text.insert(at, text.substring(at, at + length));
				case 2 -> text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
				default -> {
					int other = random.nextInt(text.length() - length + 1);
					String piece = text.substring(at, at + length);
					text.delete(at, at + length);
					text.insert(Math.min(other, text.length()), piece);
				}
			}
		}
		return text.toString();
	}
}
