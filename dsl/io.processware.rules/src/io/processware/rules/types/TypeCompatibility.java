package io.processware.rules.types;

import io.processware.rules.types.RulesType.EntityType;
import io.processware.rules.types.RulesType.EnumType;
import io.processware.rules.types.RulesType.Kind;
import io.processware.rules.types.RulesType.ListType;
import io.processware.rules.types.RulesType.Primitive;

/** Which values may stand where another type is expected. */
public final class TypeCompatibility {

	private TypeCompatibility() {
	}

	/**
	 * @return whether a value of type {@code actual} fits where {@code expected} is wanted; currencies
	 *         are not compared here (see {@link #mixedCurrencies})
	 */
	public static boolean fits(RulesType expected, RulesType actual) {
		if (expected.isUnknown() || actual.isUnknown()) {
			return true;
		}
		if (expected instanceof Primitive e && actual instanceof Primitive a) {
			return e.kind() == a.kind();
		}
		// enumeration values are written as text ("APPROVED"); the literal itself is checked separately
		if (expected instanceof EnumType && actual.is(Kind.TEXT) || expected.is(Kind.TEXT) && actual instanceof EnumType) {
			return true;
		}
		if (expected instanceof EnumType e && actual instanceof EnumType a) {
			return e.enumeration() == a.enumeration();
		}
		if (expected instanceof EntityType e && actual instanceof EntityType a) {
			return e.entity() == a.entity();
		}
		if (expected instanceof ListType e && actual instanceof ListType a) {
			return fits(e.element(), a.element());
		}
		return expected.equals(actual);
	}

	/** @return whether both are money of two different, known currencies */
	public static boolean mixedCurrencies(RulesType a, RulesType b) {
		return a.is(Kind.MONEY) && b.is(Kind.MONEY) && a.currency() != null && b.currency() != null
				&& !a.currency().equals(b.currency());
	}

	/** @return the currency both share, or the one known */
	public static String commonCurrency(RulesType a, RulesType b) {
		return a.currency() != null ? a.currency() : b.currency();
	}
}
