package io.processware.rules.interpreter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Operations on run-time values: numbers are BigDecimal, money {@link Money}, dates LocalDate,
 * durations {@link Span}, text String, enumeration values their literal as String. A missing value
 * (null) propagates through arithmetic and makes comparisons false, so that incomplete data never
 * satisfies a condition by accident.
 */
public final class Values {

	private Values() {
	}

	/** @return the value in the interpreter's representation (ints and doubles become BigDecimal) */
	public static Object normalize(Object value) {
		if (value instanceof BigDecimal || value == null) {
			return value;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		return value;
	}

	public static boolean same(Object left, Object right) {
		left = normalize(left);
		right = normalize(right);
		if (left == null || right == null) {
			return left == right;
		}
		if (left instanceof Money || right instanceof Money || left instanceof BigDecimal && right instanceof BigDecimal) {
			return compare(left, right) == 0;
		}
		return Objects.equals(left, right);
	}

	/** @return the order of two values of one ordered kind */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static int compare(Object left, Object right) {
		left = normalize(left);
		right = normalize(right);
		if (left instanceof Money money && right instanceof BigDecimal number) {
			return money.amount().compareTo(number);
		}
		if (left instanceof BigDecimal number && right instanceof Money money) {
			return number.compareTo(money.amount());
		}
		if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
			return comparable.compareTo(right);
		}
		throw new EvaluationException("cannot compare " + describe(left) + " with " + describe(right));
	}

	public static Object arithmetic(String op, Object left, Object right) {
		left = normalize(left);
		right = normalize(right);
		if (left == null || right == null) {
			return null;
		}
		return switch (op) {
			case "+" -> plus(left, right);
			case "-" -> minus(left, right);
			case "*" -> times(left, right);
			case "/" -> divide(left, right);
			default -> throw new EvaluationException("unknown operator " + op);
		};
	}

	private static Object plus(Object left, Object right) {
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			return a.add(b);
		}
		if (left instanceof Money a && right instanceof Money b) {
			return a.plus(b);
		}
		if (left instanceof LocalDate date && right instanceof Span span) {
			return span.addTo(date);
		}
		if (left instanceof Span a && right instanceof Span b) {
			return a.plus(b);
		}
		if (left instanceof String a && right instanceof String b) {
			return a + b;
		}
		throw mismatch("+", left, right);
	}

	private static Object minus(Object left, Object right) {
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			return a.subtract(b);
		}
		if (left instanceof Money a && right instanceof Money b) {
			return a.minus(b);
		}
		if (left instanceof LocalDate date && right instanceof Span span) {
			return span.negate().addTo(date);
		}
		if (left instanceof LocalDate a && right instanceof LocalDate b) {
			return Span.days(ChronoUnit.DAYS.between(b, a));
		}
		if (left instanceof Span a && right instanceof Span b) {
			return a.plus(b.negate());
		}
		throw mismatch("-", left, right);
	}

	private static Object times(Object left, Object right) {
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			return a.multiply(b);
		}
		if (left instanceof BigDecimal && !(right instanceof BigDecimal)) {
			return times(right, left);
		}
		if (left instanceof Money money && right instanceof BigDecimal factor) {
			return new Money(money.amount().multiply(factor), money.currency());
		}
		if (left instanceof Span span && right instanceof BigDecimal factor) {
			return span.times(factor.longValueExact());
		}
		throw mismatch("*", left, right);
	}

	private static Object divide(Object left, Object right) {
		if (right instanceof BigDecimal b && b.signum() == 0 || right instanceof Money m && m.amount().signum() == 0) {
			throw new EvaluationException("division by zero");
		}
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			return a.divide(b, 10, RoundingMode.HALF_EVEN).stripTrailingZeros();
		}
		if (left instanceof Money money && right instanceof BigDecimal divisor) {
			return new Money(money.amount().divide(divisor, 10, RoundingMode.HALF_EVEN).stripTrailingZeros(), money.currency());
		}
		if (left instanceof Money a && right instanceof Money b) {
			a.common(b);
			return a.amount().divide(b.amount(), 10, RoundingMode.HALF_EVEN).stripTrailingZeros();
		}
		throw mismatch("/", left, right);
	}

	public static Object negate(Object value) {
		value = normalize(value);
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return number.negate();
		}
		if (value instanceof Money money) {
			return new Money(money.amount().negate(), money.currency());
		}
		if (value instanceof Span span) {
			return span.negate();
		}
		throw new EvaluationException("cannot negate " + describe(value));
	}

	static boolean truth(Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		throw new EvaluationException("expected true or false, got " + describe(value));
	}

	static List<?> list(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list;
		}
		return List.of(value);
	}

	private static EvaluationException mismatch(String op, Object left, Object right) {
		return new EvaluationException("cannot apply " + op + " to " + describe(left) + " and " + describe(right));
	}

	public static String describe(Object value) {
		if (value == null) {
			return "no value";
		}
		if (value instanceof String text) {
			return "\"" + text + "\"";
		}
		if (value instanceof LocalDate date) {
			return "date \"" + date + "\"";
		}
		return value.toString();
	}
}
