package io.processware.rules.interpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.TableOutput;

/**
 * What a hit policy makes of the matching rows. The generated Java must do exactly the same; the
 * comparison test of the generator issue relies on these definitions:
 * <ul>
 * <li>UNIQUE: at most one row may match (two or more is an error); its outputs.</li>
 * <li>FIRST: the first matching row in table order.</li>
 * <li>PRIORITY: the matching row whose outputs rank highest; outputs are compared in declaration
 * order, each by its position in the output's priority list (first = highest; a value not listed
 * ranks last); ties go to the earlier row.</li>
 * <li>ANY: all matching rows must have equal outputs (else an error); their outputs.</li>
 * <li>COLLECT: the outputs of all matching rows in table order; with sum/min/max the aggregate of the
 * single output over them (sum of nothing is 0, min/max of nothing is null); with count their number.</li>
 * </ul>
 */
public final class HitPolicies {

	private HitPolicies() {
	}

	/** @return what the hit policy makes of the matching rows (numbers 1-based) and their outputs */
	public static Object apply(DecisionTable table, List<Integer> matched, List<Map<String, Object>> results) {
		return switch (table.getHitPolicy()) {
			case UNIQUE -> unique(table, matched, results);
			case FIRST -> results.isEmpty() ? null : results.get(0);
			case PRIORITY -> priority(table, results);
			case ANY -> any(table, matched, results);
			case COLLECT -> collect(table, results);
		};
	}

	private static Object unique(DecisionTable table, List<Integer> matched, List<Map<String, Object>> results) {
		if (results.size() > 1) {
			throw new EvaluationException("table " + table.getName() + " is UNIQUE but rows " + matched.get(0) + " and "
					+ matched.get(1) + " both match");
		}
		return results.isEmpty() ? null : results.get(0);
	}

	private static Object any(DecisionTable table, List<Integer> matched, List<Map<String, Object>> results) {
		for (int i = 1; i < results.size(); i++) {
			if (!sameOutputs(results.get(0), results.get(i))) {
				throw new EvaluationException("table " + table.getName() + " is ANY but rows " + matched.get(0) + " and "
						+ matched.get(i) + " match with different outputs");
			}
		}
		return results.isEmpty() ? null : results.get(0);
	}

	private static boolean sameOutputs(Map<String, Object> a, Map<String, Object> b) {
		return a.keySet().stream().allMatch(key -> Values.same(a.get(key), b.get(key)));
	}

	private static Object priority(DecisionTable table, List<Map<String, Object>> results) {
		Map<String, Object> best = null;
		for (Map<String, Object> candidate : results) {
			if (best == null || ranksHigher(table, candidate, best)) {
				best = candidate;
			}
		}
		return best;
	}

	private static boolean ranksHigher(DecisionTable table, Map<String, Object> candidate, Map<String, Object> best) {
		Evaluator constants = new Evaluator(Map.of());
		for (TableOutput output : table.getOutputs()) {
			int a = rank(output, candidate.get(output.getName()), constants);
			int b = rank(output, best.get(output.getName()), constants);
			if (a != b) {
				return a < b;
			}
		}
		return false;
	}

	private static int rank(TableOutput output, Object value, Evaluator constants) {
		List<Expression> ranking = output.getRanking();
		for (int i = 0; i < ranking.size(); i++) {
			if (Values.same(value, constants.evaluate(ranking.get(i)))) {
				return i;
			}
		}
		return ranking.size();
	}

	private static Object collect(DecisionTable table, List<Map<String, Object>> results) {
		String aggregation = table.getAggregation();
		if (aggregation == null) {
			return results;
		}
		if ("count".equals(aggregation)) {
			return DecisionTables.count(results);
		}
		String output = table.getOutputs().get(0).getName();
		List<Object> values = new ArrayList<>();
		results.forEach(result -> values.add(result.get(output)));
		return BuiltIns.call(aggregation, List.of(values), null);
	}
}
