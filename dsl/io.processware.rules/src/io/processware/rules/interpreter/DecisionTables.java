package io.processware.rules.interpreter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.processware.rules.rules.AnyValue;
import io.processware.rules.rules.ComparisonTest;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.EqualsTest;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.NotTest;
import io.processware.rules.rules.RangeTest;
import io.processware.rules.rules.SimpleTest;
import io.processware.rules.rules.TableInput;
import io.processware.rules.rules.TableOutput;
import io.processware.rules.rules.TableRow;
import io.processware.rules.rules.UnaryTest;
import io.processware.rules.rules.ValueListTest;

/** Evaluates decision tables with the DMN hit policies. */
public final class DecisionTables {

	private DecisionTables() {
	}

	public static Decision decide(DecisionTable table, Evaluator evaluator) {
		List<Object> inputs = new ArrayList<>();
		for (TableInput input : table.getInputs()) {
			inputs.add(evaluator.evaluate(input.getExpression()));
		}
		List<Integer> matched = new ArrayList<>();
		List<Map<String, Object>> results = new ArrayList<>();
		for (int r = 0; r < table.getRows().size(); r++) {
			TableRow row = table.getRows().get(r);
			if (matches(row, inputs, evaluator)) {
				matched.add(r + 1);
				results.add(outputs(table, row, evaluator));
			}
		}
		return new Decision(matched, HitPolicies.apply(table, matched, results));
	}

	private static boolean matches(TableRow row, List<Object> inputs, Evaluator evaluator) {
		for (int i = 0; i < row.getEntries().size() && i < inputs.size(); i++) {
			if (!accepts(row.getEntries().get(i), inputs.get(i), evaluator)) {
				return false;
			}
		}
		return true;
	}

	/** @return whether one cell (a DMN unary test) accepts the input value */
	public static boolean accepts(UnaryTest test, Object input, Evaluator evaluator) {
		if (test instanceof AnyValue) {
			return true;
		}
		if (input == null) {
			return false;
		}
		if (test instanceof NotTest not) {
			return not.getTests().stream().noneMatch(inner -> accepts(inner, input, evaluator));
		}
		if (test instanceof ValueListTest list) {
			return list.getTests().stream().anyMatch(inner -> accepts(inner, input, evaluator));
		}
		if (test instanceof ComparisonTest comparison) {
			Object value = evaluator.evaluate(comparison.getValue());
			if (value == null) {
				return false;
			}
			if ("!=".equals(comparison.getOp())) {
				return !Values.same(input, value);
			}
			int order = Values.compare(input, value);
			return switch (comparison.getOp()) {
				case "<" -> order < 0;
				case "<=" -> order <= 0;
				case ">" -> order > 0;
				default -> order >= 0;
			};
		}
		if (test instanceof RangeTest range) {
			Object low = evaluator.evaluate(range.getLow());
			Object high = evaluator.evaluate(range.getHigh());
			int fromLow = Values.compare(input, low);
			int fromHigh = Values.compare(input, high);
			return (range.isLowOpen() ? fromLow > 0 : fromLow >= 0) && (range.isHighOpen() ? fromHigh < 0 : fromHigh <= 0);
		}
		if (test instanceof EqualsTest equals) {
			Object value = evaluator.evaluate(equals.getValue());
			if (value instanceof List<?> list) {
				return list.stream().anyMatch(candidate -> Values.same(input, candidate));
			}
			return Values.same(input, value);
		}
		throw new EvaluationException("unknown test " + (test instanceof SimpleTest ? test.eClass().getName() : test));
	}

	private static Map<String, Object> outputs(DecisionTable table, TableRow row, Evaluator evaluator) {
		Map<String, Object> outputs = new LinkedHashMap<>();
		List<TableOutput> declared = table.getOutputs();
		List<Expression> results = row.getResults();
		for (int o = 0; o < declared.size(); o++) {
			outputs.put(declared.get(o).getName(), o < results.size() ? evaluator.evaluate(results.get(o)) : null);
		}
		return outputs;
	}

	static BigDecimal count(List<?> matches) {
		return BigDecimal.valueOf(matches.size());
	}
}
