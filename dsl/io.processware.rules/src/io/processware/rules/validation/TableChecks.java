package io.processware.rules.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Check;

import io.processware.rules.analysis.TableAnalysis;
import io.processware.rules.interpreter.EvaluationException;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.Values;
import io.processware.rules.rules.ComparisonTest;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.EqualsTest;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.HitPolicy;
import io.processware.rules.rules.RangeTest;
import io.processware.rules.rules.RulesPackage;
import io.processware.rules.rules.SimpleTest;
import io.processware.rules.rules.TableOutput;
import io.processware.rules.rules.TableRow;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.RulesType.ListType;
import io.processware.rules.types.Types;

/**
 * Decision tables: every row has one cell per input and one result per output, of fitting types; the
 * hit policy's needs are met; UNIQUE tables have no overlapping rows, ANY tables no overlapping rows
 * with different outputs; and every table but COLLECT covers every input (a gap is a warning, with an
 * example input, and a quick fix adds the missing row).
 */
public class TableChecks extends RulesCheck {

	@Check
	public void rowShape(TableRow row) {
		DecisionTable table = (DecisionTable) row.eContainer();
		int inputs = table.getInputs().size();
		int outputs = table.getOutputs().size();
		if (row.getEntries().size() != inputs) {
			errorAt(row, "row has " + row.getEntries().size() + " input cell(s), the table has " + inputs + " input(s)",
					IssueCodes.ROW_SHAPE);
		}
		if (row.getResults().size() != outputs) {
			errorAt(row, "row has " + row.getResults().size() + " result(s), the table has " + outputs + " output(s)",
					IssueCodes.ROW_SHAPE);
		}
		for (int i = 0; i < Math.min(inputs, row.getEntries().size()); i++) {
			RulesType column = Types.of(table.getInputs().get(i).getExpression());
			for (SimpleTest test : CellTests.simpleTests(row.getEntries().get(i))) {
				for (Expression value : values(test)) {
					fits(column, value, "input " + table.getInputs().get(i).getName());
				}
			}
		}
		for (int o = 0; o < Math.min(outputs, row.getResults().size()); o++) {
			TableOutput output = table.getOutputs().get(o);
			fits(Types.of(output.getType()), row.getResults().get(o), "output " + output.getName());
		}
	}

	private static List<Expression> values(SimpleTest test) {
		if (test instanceof EqualsTest equals) {
			return List.of(equals.getValue());
		}
		if (test instanceof ComparisonTest comparison) {
			return List.of(comparison.getValue());
		}
		if (test instanceof RangeTest range) {
			return List.of(range.getLow(), range.getHigh());
		}
		return List.of();
	}

	private void fits(RulesType expected, Expression value, String place) {
		RulesType actual = Types.of(value);
		if (actual instanceof ListType list && value.eContainer() instanceof EqualsTest) {
			actual = list.element();
		}
		checkFits(expected, value, actual, place);
	}

	@Check
	public void hitPolicy(DecisionTable table) {
		if (table.getAggregation() != null && table.getHitPolicy() != HitPolicy.COLLECT) {
			error("only COLLECT tables aggregate (" + table.getAggregation() + ")", table,
					RulesPackage.Literals.DECISION_TABLE__AGGREGATION, IssueCodes.HIT_POLICY);
		}
		if (table.getAggregation() != null && !"count".equals(table.getAggregation())) {
			if (table.getOutputs().size() != 1) {
				error("COLLECT " + table.getAggregation() + " folds exactly one output", table,
						RulesPackage.Literals.DECISION_TABLE__AGGREGATION, IssueCodes.HIT_POLICY);
			} else {
				RulesType type = Types.of(table.getOutputs().get(0).getType());
				boolean fits = "sum".equals(table.getAggregation()) ? type.is(RulesType.Kind.NUMBER) || type.is(RulesType.Kind.MONEY)
						|| type.is(RulesType.Kind.DURATION) : type.isOrdered();
				if (!fits && !type.isUnknown()) {
					error("COLLECT " + table.getAggregation() + " needs a numeric output, not " + a(type), table,
							RulesPackage.Literals.DECISION_TABLE__AGGREGATION, IssueCodes.HIT_POLICY);
				}
			}
		}
		boolean ranked = table.getOutputs().stream().anyMatch(output -> !output.getRanking().isEmpty());
		if (table.getHitPolicy() == HitPolicy.PRIORITY && !ranked) {
			error("a PRIORITY table ranks its outputs: add 'priority (…)' to an output, highest first", table,
					RulesPackage.Literals.DECISION_TABLE__HIT_POLICY, IssueCodes.HIT_POLICY);
		}
		if (table.getHitPolicy() != HitPolicy.PRIORITY && ranked) {
			warning("output priorities matter only in PRIORITY tables", table, RulesPackage.Literals.DECISION_TABLE__HIT_POLICY,
					IssueCodes.HIT_POLICY);
		}
	}

	@Check
	public void coverage(DecisionTable table) {
		Optional<TableAnalysis> analysis = TableAnalysis.of(table);
		if (analysis.isEmpty()) {
			return;
		}
		TableAnalysis rows = analysis.get();
		if (table.getHitPolicy() == HitPolicy.UNIQUE || table.getHitPolicy() == HitPolicy.ANY) {
			for (TableAnalysis.Overlap overlap : rows.overlaps()) {
				TableRow second = table.getRows().get(overlap.second() - 1);
				if (table.getHitPolicy() == HitPolicy.ANY && sameConstantOutputs(table.getRows().get(overlap.first() - 1), second)) {
					continue;
				}
				errorAt(second, "rows " + overlap.first() + " and " + overlap.second() + " overlap in a " + table.getHitPolicy()
						+ " table, e.g. for " + rows.describe(overlap.example()), IssueCodes.OVERLAPPING_ROWS,
						String.valueOf(overlap.first()), String.valueOf(overlap.second()));
			}
		}
		if (table.getHitPolicy() != HitPolicy.COLLECT) {
			rows.gap().ifPresent(example -> {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < example.size(); c++) {
					cells.add(rows.columns().get(c).display(example.get(c)));
				}
				warning("no row matches " + rows.describe(example), table, RulesPackage.Literals.DECISION_TABLE__NAME,
						IssueCodes.TABLE_GAP, cells.toArray(String[]::new));
			});
		}
	}

	private static boolean sameConstantOutputs(TableRow a, TableRow b) {
		if (a.getResults().size() != b.getResults().size()) {
			return false;
		}
		Evaluator constants = new Evaluator(Map.of());
		for (int i = 0; i < a.getResults().size(); i++) {
			try {
				if (!Values.same(constants.evaluate(a.getResults().get(i)), constants.evaluate(b.getResults().get(i)))) {
					return false;
				}
			} catch (EvaluationException e) {
				// outputs that depend on data: equal only when written the same way
				if (!EcoreUtil.equals(a.getResults().get(i), b.getResults().get(i))) {
					return false;
				}
			}
		}
		return true;
	}
}
