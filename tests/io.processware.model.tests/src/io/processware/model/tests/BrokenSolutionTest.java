package io.processware.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.processware.model.persistence.LoadedSolution;
import io.processware.model.validation.Finding;
import io.processware.model.validation.Rule;
import io.processware.model.validation.SolutionValidation;

/** The deliberately broken solution gives exactly the diagnostics listed beside it, and breaks every rule. */
class BrokenSolutionTest {

	private static List<String> actual(LoadedSolution loaded) {
		List<String> lines = new ArrayList<>();
		loaded.problems().forEach(problem -> lines.add(problem.element() + " error " + Rule.MODEL_UNKNOWN_REFERENCE.id()));
		for (Finding finding : SolutionValidation.validate(loaded.solution())) {
			lines.add(finding.elementLabel() + " " + finding.severity().label() + " " + finding.rule().id());
		}
		return lines;
	}

	private static List<String> expected() throws IOException {
		return Files.readAllLines(Fixtures.brokenSolution().resolveSibling("expected-diagnostics.txt")).stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
	}

	@Test
	void theBrokenSolutionGivesExactlyTheExpectedDiagnostics() throws IOException {
		assertEquals(expected(), actual(Fixtures.load(Fixtures.brokenSolution())));
	}

	@Test
	void everyRuleIsBrokenAtLeastOnce() throws IOException {
		Set<Rule> broken = EnumSet.noneOf(Rule.class);
		expected().forEach(line -> broken.add(Rule.byId(line.substring(line.lastIndexOf(' ') + 1))));
		assertEquals(EnumSet.allOf(Rule.class), broken);
	}

	@Test
	void everyFindingNamesItsElementAndRuleAndSaysWhatToDo() {
		for (Finding finding : SolutionValidation.validate(Fixtures.load(Fixtures.brokenSolution()).solution())) {
			String line = finding.describe();
			assertTrue(line.startsWith(finding.elementLabel() + ": " + finding.severity().label() + ": "), line);
			assertTrue(line.endsWith("[" + finding.rule().id() + "]"), line);
			assertTrue(!line.contains("Impl@"), "EMF's object dumps must not leak into messages: " + line);
		}
	}
}
