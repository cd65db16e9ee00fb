package io.processware.rules.types;

import io.processware.rules.types.RulesType.Kind;

/** The typing of the binary operators: which operand types they accept and what they yield. */
public final class Operators {

	private Operators() {
	}

	public static boolean isComparison(String op) {
		return switch (op) {
			case "=", "!=", "<", "<=", ">", ">=" -> true;
			default -> false;
		};
	}

	public static boolean isLogical(String op) {
		return "and".equals(op) || "or".equals(op);
	}

	/** @return the result type, or UNKNOWN when the operands do not fit the operator */
	public static RulesType resultType(String op, RulesType left, RulesType right) {
		if (isLogical(op) || isComparison(op)) {
			return RulesType.BOOLEAN;
		}
		if (left.isUnknown() || right.isUnknown()) {
			return RulesType.UNKNOWN;
		}
		return switch (op) {
			case "+" -> plus(left, right);
			case "-" -> minus(left, right);
			case "*" -> times(left, right);
			case "/" -> divide(left, right);
			default -> RulesType.UNKNOWN;
		};
	}

	private static RulesType plus(RulesType left, RulesType right) {
		if (left.is(Kind.DATE) && right.is(Kind.DURATION)) {
			return RulesType.DATE;
		}
		if (left.is(Kind.TEXT) && right.is(Kind.TEXT)) {
			return RulesType.TEXT;
		}
		return sameKind(left, right);
	}

	private static RulesType minus(RulesType left, RulesType right) {
		if (left.is(Kind.DATE) && right.is(Kind.DURATION)) {
			return RulesType.DATE;
		}
		if (left.is(Kind.DATE) && right.is(Kind.DATE)) {
			return RulesType.DURATION;
		}
		return sameKind(left, right);
	}

	private static RulesType sameKind(RulesType left, RulesType right) {
		if (left.is(Kind.NUMBER) && right.is(Kind.NUMBER)) {
			return RulesType.NUMBER;
		}
		if (left.is(Kind.DURATION) && right.is(Kind.DURATION)) {
			return RulesType.DURATION;
		}
		if (left.is(Kind.MONEY) && right.is(Kind.MONEY) && !TypeCompatibility.mixedCurrencies(left, right)) {
			return RulesType.money(TypeCompatibility.commonCurrency(left, right));
		}
		return RulesType.UNKNOWN;
	}

	private static RulesType times(RulesType left, RulesType right) {
		if (left.is(Kind.NUMBER) && right.is(Kind.NUMBER)) {
			return RulesType.NUMBER;
		}
		if (left.is(Kind.NUMBER) && (right.is(Kind.MONEY) || right.is(Kind.DURATION))) {
			return right;
		}
		if ((left.is(Kind.MONEY) || left.is(Kind.DURATION)) && right.is(Kind.NUMBER)) {
			return left;
		}
		return RulesType.UNKNOWN;
	}

	private static RulesType divide(RulesType left, RulesType right) {
		if (left.is(Kind.NUMBER) && right.is(Kind.NUMBER)) {
			return RulesType.NUMBER;
		}
		if ((left.is(Kind.MONEY) || left.is(Kind.DURATION)) && right.is(Kind.NUMBER)) {
			return left;
		}
		// a ratio of two amounts in one currency is a plain number
		if (left.is(Kind.MONEY) && right.is(Kind.MONEY) && !TypeCompatibility.mixedCurrencies(left, right)) {
			return RulesType.NUMBER;
		}
		return RulesType.UNKNOWN;
	}
}
