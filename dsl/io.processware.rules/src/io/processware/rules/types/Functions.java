package io.processware.rules.types;

import java.util.List;

import io.processware.rules.types.RulesType.Kind;
import io.processware.rules.types.RulesType.ListType;

/** The built-in functions: their arity, argument types and result type. */
public final class Functions {

	private Functions() {
	}

	/** @return a message saying why the arguments do not fit, or null when they do */
	public static String checkArguments(String function, List<RulesType> arguments) {
		return switch (function) {
			case "today" -> arguments.isEmpty() ? null : "today() takes no argument";
			case "count" -> oneList(function, arguments);
			case "sum", "avg" -> aggregate(function, arguments, false);
			case "min", "max" -> arguments.size() == 1 ? aggregate(function, arguments, true)
					: sameOrdered(function, arguments);
			case "contains" -> arguments.size() == 2 && (arguments.get(0) instanceof ListType || arguments.get(0).isUnknown())
					? null
					: "contains(list, value) takes a list and a value";
			case "abs", "round" -> arguments.size() == 1 && (numeric(arguments.get(0)) || arguments.get(0).isUnknown())
					? null
					: function + "() takes one number or amount of money";
			case "length", "lower", "upper" -> arguments.size() == 1
					&& (arguments.get(0).is(Kind.TEXT) || arguments.get(0).isUnknown())
					? null
					: function + "() takes one text";
			default -> "unknown function " + function;
		};
	}

	/** @return the result type of a call (UNKNOWN when the arguments do not fit) */
	public static RulesType resultType(String function, List<RulesType> arguments) {
		if (checkArguments(function, arguments) != null) {
			return RulesType.UNKNOWN;
		}
		return switch (function) {
			case "today" -> RulesType.DATE;
			case "count", "length" -> RulesType.NUMBER;
			case "contains" -> RulesType.BOOLEAN;
			case "lower", "upper" -> RulesType.TEXT;
			case "sum", "avg", "min", "max" -> arguments.size() == 1 ? element(arguments.get(0)) : arguments.get(0);
			default -> arguments.get(0);
		};
	}

	private static RulesType element(RulesType type) {
		return type instanceof ListType list ? list.element() : RulesType.UNKNOWN;
	}

	private static boolean numeric(RulesType type) {
		return type.is(Kind.NUMBER) || type.is(Kind.MONEY);
	}

	private static String oneList(String function, List<RulesType> arguments) {
		return arguments.size() == 1 && (arguments.get(0) instanceof ListType || arguments.get(0).isUnknown())
				? null
				: function + "() takes one list";
	}

	private static String aggregate(String function, List<RulesType> arguments, boolean ordered) {
		if (arguments.size() != 1 || !(arguments.get(0) instanceof ListType || arguments.get(0).isUnknown())) {
			return function + "() takes one list";
		}
		RulesType element = element(arguments.get(0));
		boolean fits = element.isUnknown() || (ordered ? element.isOrdered() : numeric(element) || element.is(Kind.DURATION));
		return fits ? null : function + "() needs a list of " + (ordered ? "ordered values" : "numbers or amounts")
				+ ", not a " + arguments.get(0).label();
	}

	private static String sameOrdered(String function, List<RulesType> arguments) {
		if (arguments.isEmpty()) {
			return function + "() takes a list or at least two values";
		}
		RulesType first = arguments.get(0);
		for (RulesType argument : arguments) {
			if (!argument.isUnknown() && (!argument.isOrdered() || !TypeCompatibility.fits(first, argument))) {
				return function + "() takes values of one ordered type (numbers, money, dates or durations)";
			}
		}
		return null;
	}
}
