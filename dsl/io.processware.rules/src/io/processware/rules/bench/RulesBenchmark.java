package io.processware.rules.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.processware.rules.workspace.RulesDiagnostic;
import io.processware.rules.workspace.RulesValidation;

/**
 * Measures parsing plus full validation (linking into the solution model, types, table analysis) of
 * the synthetic rules files. The first run includes the JVM's warm-up; the best run is what an editor
 * or a CI run sees once warm.
 */
public final class RulesBenchmark {

	/** One measured file: its size, its first and best time and the problems found (expected: none). */
	public record Figures(String name, int lines, long firstMillis, long bestMillis, List<RulesDiagnostic> problems) {
	}

	private RulesBenchmark() {
	}

	public static Figures measure(Path folder, String name, String text, int runs) throws IOException {
		Files.writeString(folder.resolve("bench.pws"), SyntheticRules.SOLUTION, StandardCharsets.UTF_8);
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		long first = 0;
		long best = Long.MAX_VALUE;
		List<RulesDiagnostic> problems = List.of();
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			problems = RulesValidation.validate(List.of(file));
			long millis = (System.nanoTime() - start) / 1_000_000;
			if (run == 0) {
				first = millis;
			}
			best = Math.min(best, millis);
		}
		return new Figures(name, SyntheticRules.lineCount(text), first, best, problems);
	}
}
