package io.processware.rules.validation;

import java.util.ArrayList;
import java.util.List;

import io.processware.rules.rules.NotTest;
import io.processware.rules.rules.SimpleTest;
import io.processware.rules.rules.UnaryTest;
import io.processware.rules.rules.ValueListTest;

/** The simple tests inside a table cell, wherever they are nested (lists, not(…)). */
final class CellTests {

	private CellTests() {
	}

	static List<SimpleTest> simpleTests(UnaryTest cell) {
		List<SimpleTest> tests = new ArrayList<>();
		if (cell instanceof SimpleTest simple) {
			tests.add(simple);
		} else if (cell instanceof ValueListTest list) {
			list.getTests().forEach(test -> tests.addAll(simpleTests(test)));
		} else if (cell instanceof NotTest not) {
			not.getTests().forEach(test -> tests.addAll(simpleTests(test)));
		}
		return tests;
	}
}
