package io.processware.rules.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;

import io.processware.rules.interpreter.EvaluationException;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.Money;
import io.processware.rules.interpreter.Span;
import io.processware.rules.rules.AnyValue;
import io.processware.rules.rules.ComparisonTest;
import io.processware.rules.rules.EqualsTest;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.FunctionCall;
import io.processware.rules.rules.NotTest;
import io.processware.rules.rules.RangeTest;
import io.processware.rules.rules.SymbolRef;
import io.processware.rules.rules.UnaryTest;
import io.processware.rules.rules.ValueListTest;

/**
 * Reads the cells of a table as {@link Cell}s. Only constants can be reasoned about: a cell that
 * depends on data (a fact, a function of today) makes the reader answer null, and the table is then
 * not analysed rather than analysed wrongly.
 */
public final class CellReader {

	private final Column column;
	private final Evaluator constants = new Evaluator(Map.of());
	private final Set<String> currencies = new LinkedHashSet<>();

	public CellReader(Column column) {
		this.column = column;
	}

	/** @return the currencies of the money constants read so far */
	public Set<String> currencies() {
		return currencies;
	}

	public Cell read(UnaryTest test) {
		if (test instanceof AnyValue) {
			return new Cell.Any();
		}
		if (test instanceof NotTest not) {
			Cell inner = any(new ArrayList<>(not.getTests()));
			return inner == null ? null : new Cell.NoneOf(inner);
		}
		if (test instanceof ValueListTest list) {
			return any(new ArrayList<>(list.getTests()));
		}
		if (test instanceof EqualsTest equals) {
			return equalTo(equals.getValue());
		}
		if (test instanceof ComparisonTest comparison) {
			return comparison(comparison.getOp(), comparison.getValue());
		}
		if (test instanceof RangeTest range && column.ordered()) {
			BigDecimal low = coordinate(range.getLow());
			BigDecimal high = coordinate(range.getHigh());
			return low == null || high == null ? null : new Cell.Interval(low, range.isLowOpen(), high, range.isHighOpen());
		}
		return null;
	}

	private Cell any(List<UnaryTest> tests) {
		List<Cell> cells = new ArrayList<>();
		for (UnaryTest inner : tests) {
			Cell cell = read(inner);
			if (cell == null) {
				return null;
			}
			cells.add(cell);
		}
		return cells.size() == 1 ? cells.get(0) : new Cell.AnyOf(cells);
	}

	/** @return the cell accepting exactly the value of a constant (or any value of a constant list) */
	public Cell equalTo(Expression expression) {
		Object value = constant(expression);
		if (value == null) {
			return null;
		}
		List<?> values = value instanceof List<?> list ? list : List.of(value);
		if (column.ordered()) {
			List<Cell> points = new ArrayList<>();
			for (Object element : values) {
				BigDecimal point = coordinateOf(element);
				if (point == null) {
					return null;
				}
				points.add(new Cell.Interval(point, false, point, false));
			}
			return points.size() == 1 ? points.get(0) : new Cell.AnyOf(points);
		}
		return new Cell.Values(new LinkedHashSet<>(values), false);
	}

	/** @return the cell of "input op constant" */
	public Cell comparison(String op, Expression expression) {
		if ("!=".equals(op) || "=".equals(op)) {
			Cell equal = equalTo(expression);
			return equal == null || "=".equals(op) ? equal : new Cell.NoneOf(equal);
		}
		if (!column.ordered()) {
			return null;
		}
		BigDecimal value = coordinate(expression);
		if (value == null) {
			return null;
		}
		return switch (op) {
			case "<" -> new Cell.Interval(null, false, value, true);
			case "<=" -> new Cell.Interval(null, false, value, false);
			case ">" -> new Cell.Interval(value, true, null, false);
			default -> new Cell.Interval(value, false, null, false);
		};
	}

	BigDecimal coordinate(Expression expression) {
		Object value = constant(expression);
		return value == null ? null : coordinateOf(value);
	}

	private BigDecimal coordinateOf(Object value) {
		if (value instanceof BigDecimal number) {
			return number;
		}
		if (value instanceof Money money) {
			if (money.currency() != null) {
				currencies.add(money.currency());
			}
			return money.amount();
		}
		if (value instanceof LocalDate date) {
			return BigDecimal.valueOf(date.toEpochDay());
		}
		if (value instanceof Span span) {
			return BigDecimal.valueOf(span.approximateMinutes());
		}
		return null;
	}

	private Object constant(Expression expression) {
		if (expression == null || !EcoreUtil2.getAllContentsOfType(expression, SymbolRef.class).isEmpty()
				|| expression instanceof SymbolRef
				|| !EcoreUtil2.getAllContentsOfType(expression, FunctionCall.class).isEmpty()
				|| expression instanceof FunctionCall) {
			return null;
		}
		try {
			return constants.evaluate(expression);
		} catch (EvaluationException | ClassCastException | ArithmeticException e) {
			return null;
		}
	}
}
