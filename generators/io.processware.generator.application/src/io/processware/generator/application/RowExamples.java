package io.processware.generator.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.processware.rules.interpreter.DecisionTables;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.HitPolicies;
import io.processware.rules.interpreter.Money;
import io.processware.rules.interpreter.Span;
import io.processware.rules.rules.AnyValue;
import io.processware.rules.rules.ComparisonTest;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.EqualsTest;
import io.processware.rules.rules.RangeTest;
import io.processware.rules.rules.TableOutput;
import io.processware.rules.rules.TableRow;
import io.processware.rules.rules.UnaryTest;
import io.processware.rules.rules.ValueListTest;

/**
 * For each row of a decision table, an input the row accepts and what the rules interpreter
 * decides for it: the generated service gets one test per row that checks its Java gives the same.
 * A row for which no accepted input is found (a "not" cell, a range too narrow to step into) gets
 * no test rather than a wrong one.
 */
final class RowExamples {

	private static final Evaluator CONSTANTS = new Evaluator(Map.of());

	private RowExamples() {
	}

	static List<RowExample> of(DecisionTable table) {
		List<RowExample> examples = new ArrayList<>();
		for (int r = 0; r < table.getRows().size(); r++) {
			List<Object> inputs = inputsFor(table, table.getRows().get(r));
			if (inputs != null) {
				String expected = decide(table, inputs);
				examples.add(new RowExample(r + 1,
						inputs.stream().map(value -> DecisionTableCompiler.literal(table, value)).toList(),
						expected == null ? null : DecisionTableCompiler.literal(table, expected),
						java.util.Collections.unmodifiableList(new ArrayList<>(inputs))));
			}
		}
		return examples;
	}

	private static List<Object> inputsFor(DecisionTable table, TableRow row) {
		List<Object> inputs = new ArrayList<>();
		for (int i = 0; i < table.getInputs().size(); i++) {
			UnaryTest cell = i < row.getEntries().size() ? row.getEntries().get(i) : null;
			Object value = cell == null ? null : candidate(cell);
			if (cell != null && !DecisionTables.accepts(cell, value, CONSTANTS)) {
				return null;
			}
			inputs.add(value);
		}
		return inputs;
	}

	/** A value the cell accepts, or one that does not (checked by the caller). */
	private static Object candidate(UnaryTest cell) {
		if (cell instanceof AnyValue) {
			return null;
		}
		if (cell instanceof ValueListTest list) {
			return candidate(list.getTests().get(0));
		}
		if (cell instanceof EqualsTest equals) {
			return CONSTANTS.evaluate(equals.getValue());
		}
		if (cell instanceof ComparisonTest comparison) {
			Object value = CONSTANTS.evaluate(comparison.getValue());
			return switch (comparison.getOp()) {
				case "<" -> step(value, -1);
				case ">", "!=" -> step(value, 1);
				default -> value;
			};
		}
		if (cell instanceof RangeTest range) {
			Object low = CONSTANTS.evaluate(range.getLow());
			return range.isLowOpen() ? step(low, 1) : low;
		}
		return null;
	}

	/** The smallest useful step from a value, down or up. */
	private static Object step(Object value, int direction) {
		if (value instanceof BigDecimal number) {
			return number.add(BigDecimal.valueOf(direction).movePointLeft(Math.max(2, number.scale())));
		}
		if (value instanceof Money money) {
			return new Money((BigDecimal) step(money.amount(), direction), money.currency());
		}
		if (value instanceof LocalDate date) {
			return date.plusDays(direction);
		}
		if (value instanceof Span span) {
			return new Span(span.months(), span.minutes() + direction);
		}
		return value instanceof String text ? text + (direction > 0 ? "~" : "") : value;
	}

	private static String decide(DecisionTable table, List<Object> inputs) {
		List<Integer> matched = new ArrayList<>();
		List<Map<String, Object>> results = new ArrayList<>();
		for (int r = 0; r < table.getRows().size(); r++) {
			TableRow row = table.getRows().get(r);
			boolean accepted = true;
			for (int i = 0; i < row.getEntries().size() && i < inputs.size(); i++) {
				accepted &= DecisionTables.accepts(row.getEntries().get(i), inputs.get(i), CONSTANTS);
			}
			if (accepted) {
				matched.add(r + 1);
				Map<String, Object> outputs = new LinkedHashMap<>();
				List<TableOutput> declared = table.getOutputs();
				for (int o = 0; o < declared.size(); o++) {
					outputs.put(declared.get(o).getName(),
							o < row.getResults().size() ? CONSTANTS.evaluate(row.getResults().get(o)) : null);
				}
				results.add(outputs);
			}
		}
		try {
			return DecisionText.of(HitPolicies.apply(table, matched, results));
		} catch (RuntimeException e) {
			return null;
		}
	}
}
