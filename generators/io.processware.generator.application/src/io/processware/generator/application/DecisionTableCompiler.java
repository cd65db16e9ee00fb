package io.processware.generator.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.processware.generator.GenerationException;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.Money;
import io.processware.rules.interpreter.Span;
import io.processware.rules.rules.AnyValue;
import io.processware.rules.rules.ComparisonTest;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.EqualsTest;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.NotTest;
import io.processware.rules.rules.RangeTest;
import io.processware.rules.rules.TableInput;
import io.processware.rules.rules.TableOutput;
import io.processware.rules.rules.TableRow;
import io.processware.rules.rules.UnaryTest;
import io.processware.rules.rules.ValueListTest;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.Types;

/**
 * Compiles decision tables to the Java the application templates write. Cell and result values are
 * evaluated here, by the rules interpreter, and written as Java literals: the generated code and
 * the interpreter then compare the very same values with the same semantics (see the rules
 * language's {@code HitPolicies}). Cells that depend on data rather than constants are not
 * compiled yet: such a table is reported, naming it.
 */
final class DecisionTableCompiler {

	private static final Evaluator CONSTANTS = new Evaluator(Map.of());

	private DecisionTableCompiler() {
	}

	static DecisionTableModel compile(DecisionTable table) {
		List<String> inputs = table.getInputs().stream().map(TableInput::getName).map(Names::javaMember).toList();
		List<String> inputTypes = table.getInputs().stream().map(input -> valueType(Types.of(input.getExpression())))
				.toList();
		List<DecisionTableModel.Output> outputs = new ArrayList<>();
		for (TableOutput output : table.getOutputs()) {
			outputs.add(new DecisionTableModel.Output(output.getName(), Names.javaMember(output.getName()),
					output.getRanking().stream().map(value -> literal(table, value)).toList()));
		}
		List<DecisionTableModel.Row> rows = new ArrayList<>();
		for (int r = 0; r < table.getRows().size(); r++) {
			TableRow row = table.getRows().get(r);
			List<String> tests = new ArrayList<>();
			for (int i = 0; i < row.getEntries().size() && i < inputs.size(); i++) {
				tests.add(test(table, row.getEntries().get(i), inputs.get(i)));
			}
			List<String> results = new ArrayList<>();
			for (int o = 0; o < outputs.size(); o++) {
				results.add(o < row.getResults().size() ? literal(table, row.getResults().get(o)) : "null");
			}
			rows.add(new DecisionTableModel.Row(r + 1, tests.isEmpty() ? "true" : String.join(" && ", tests), results));
		}
		return new DecisionTableModel(table, Names.javaType(table.getName()) + "Table", table.getHitPolicy().getName(),
				table.getAggregation(), inputs, inputTypes, outputs, rows, RowExamples.of(table));
	}

	/**
	 * The Java type of a value of a rules type in the generated service: what a table input is
	 * declared as. Enumeration values are their literals (String), as in the interpreter; a type the
	 * rules language does not know is Object.
	 */
	static String valueType(RulesType type) {
		if (type instanceof RulesType.Primitive primitive) {
			return switch (primitive.kind()) {
				case NUMBER -> "java.math.BigDecimal";
				case MONEY -> "MoneyValue";
				case TEXT -> "String";
				case BOOLEAN -> "Boolean";
				case DATE -> "java.time.LocalDate";
				case DURATION -> "DurationValue";
			};
		}
		return type instanceof RulesType.EnumType ? "String" : "Object";
	}

	/** One DMN unary test as Java; like the interpreter, only "-" accepts a missing input. */
	private static String test(DecisionTable table, UnaryTest test, String input) {
		if (test instanceof AnyValue) {
			return "true";
		}
		return "(" + input + " != null && " + body(table, test, input) + ")";
	}

	private static String body(DecisionTable table, UnaryTest test, String input) {
		if (test instanceof NotTest not) {
			return "!(" + not.getTests().stream().map(inner -> body(table, inner, input))
					.collect(Collectors.joining(" || ")) + ")";
		}
		if (test instanceof ValueListTest list) {
			return "(" + list.getTests().stream().map(inner -> body(table, inner, input))
					.collect(Collectors.joining(" || ")) + ")";
		}
		if (test instanceof ComparisonTest comparison) {
			String value = literal(table, comparison.getValue());
			if ("!=".equals(comparison.getOp())) {
				return "!DecisionValues.same(" + input + ", " + value + ")";
			}
			return "DecisionValues.compare(" + input + ", " + value + ") " + comparison.getOp() + " 0";
		}
		if (test instanceof RangeTest range) {
			return "DecisionValues.compare(" + input + ", " + literal(table, range.getLow()) + ") "
					+ (range.isLowOpen() ? ">" : ">=") + " 0 && DecisionValues.compare(" + input + ", "
					+ literal(table, range.getHigh()) + ") " + (range.isHighOpen() ? "<" : "<=") + " 0";
		}
		if (test instanceof EqualsTest equals) {
			return "DecisionValues.same(" + input + ", " + literal(table, equals.getValue()) + ")";
		}
		throw new GenerationException("decision table " + table.getName() + ": cell " + test.eClass().getName()
				+ " is not compiled to Java yet");
	}

	/** A constant expression's value, as the Java literal of the generated runtime's representation. */
	private static String literal(DecisionTable table, Expression expression) {
		Object value;
		try {
			value = CONSTANTS.evaluate(expression);
		} catch (RuntimeException e) {
			throw new GenerationException("decision table " + table.getName()
					+ ": a cell or result depends on data, which is not compiled to Java yet (" + e.getMessage() + ")", e);
		}
		return literal(table, value);
	}

	/** An interpreter value as the Java literal of the generated runtime's representation. */
	static String literal(DecisionTable table, Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof BigDecimal number) {
			return "new java.math.BigDecimal(\"" + number.toPlainString() + "\")";
		}
		if (value instanceof Money money) {
			return "MoneyValue.of(\"" + money.amount().toPlainString() + "\", "
					+ (money.currency() == null ? "null" : "\"" + money.currency() + "\"") + ")";
		}
		if (value instanceof String text) {
			return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
		}
		if (value instanceof Boolean bool) {
			return bool.toString();
		}
		if (value instanceof LocalDate date) {
			return "java.time.LocalDate.parse(\"" + date + "\")";
		}
		if (value instanceof Span span) {
			return "new DurationValue(" + span.months() + "L, " + span.minutes() + "L)";
		}
		throw new GenerationException((table == null ? "a rules file" : "decision table " + table.getName())
				+ ": values of kind " + value.getClass().getSimpleName() + " are not compiled to Java yet");
	}
}
