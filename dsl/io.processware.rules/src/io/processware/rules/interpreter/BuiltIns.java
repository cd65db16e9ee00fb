package io.processware.rules.interpreter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The built-in functions at run time (their typing is in io.processware.rules.types.Functions). */
final class BuiltIns {

	private BuiltIns() {
	}

	static Object call(String function, List<Object> arguments, LocalDate today) {
		return switch (function) {
			case "today" -> today;
			case "count" -> BigDecimal.valueOf(Values.list(arguments.get(0)).size());
			case "sum" -> sum(Values.list(arguments.get(0)));
			case "avg" -> average(Values.list(arguments.get(0)));
			case "min" -> extreme(arguments.size() == 1 ? Values.list(arguments.get(0)) : arguments, -1);
			case "max" -> extreme(arguments.size() == 1 ? Values.list(arguments.get(0)) : arguments, 1);
			case "contains" -> Values.list(arguments.get(0)).stream().anyMatch(value -> Values.same(value, arguments.get(1)));
			case "abs" -> absolute(Values.normalize(arguments.get(0)));
			case "round" -> round(Values.normalize(arguments.get(0)));
			case "length" -> arguments.get(0) == null ? null : BigDecimal.valueOf(((String) arguments.get(0)).length());
			case "lower" -> arguments.get(0) == null ? null : ((String) arguments.get(0)).toLowerCase(Locale.ROOT);
			case "upper" -> arguments.get(0) == null ? null : ((String) arguments.get(0)).toUpperCase(Locale.ROOT);
			default -> throw new EvaluationException("unknown function " + function);
		};
	}

	private static Object sum(List<?> values) {
		Object total = null;
		for (Object value : values) {
			if (value != null) {
				total = total == null ? Values.normalize(value) : Values.arithmetic("+", total, value);
			}
		}
		return total == null ? BigDecimal.ZERO : total;
	}

	private static Object average(List<?> values) {
		List<?> present = values.stream().filter(java.util.Objects::nonNull).toList();
		if (present.isEmpty()) {
			return null;
		}
		return Values.arithmetic("/", sum(present), BigDecimal.valueOf(present.size()));
	}

	private static Object extreme(List<?> values, int sign) {
		Object best = null;
		for (Object value : values) {
			if (value != null && (best == null || Values.compare(value, best) * sign > 0)) {
				best = Values.normalize(value);
			}
		}
		return best;
	}

	private static Object absolute(Object value) {
		if (value instanceof BigDecimal number) {
			return number.abs();
		}
		if (value instanceof Money money) {
			return new Money(money.amount().abs(), money.currency());
		}
		return value;
	}

	/** Money rounds to cents, numbers to whole units, both half-even (banker's rounding, as accounting does). */
	private static Object round(Object value) {
		if (value instanceof BigDecimal number) {
			return number.setScale(0, RoundingMode.HALF_EVEN);
		}
		if (value instanceof Money money) {
			return new Money(money.amount().setScale(2, RoundingMode.HALF_EVEN), money.currency());
		}
		return value;
	}
}
