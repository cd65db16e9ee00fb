package io.processware.rules.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.processware.rules.rules.Expression;
import io.processware.rules.rules.RulesPackage;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.TypeCompatibility;

/** The base of the composed checks: registered through {@link RulesValidator}, not on their own. */
abstract class RulesCheck extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(RulesPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into RulesValidator
	}

	/** Reports an error on a whole element (the expression whose type is wrong, the row that overlaps…). */
	protected void errorAt(EObject element, String message, String code, String... data) {
		error(message, element, null, -1, code, data);
	}

	protected void warningAt(EObject element, String message, String code, String... data) {
		warning(message, element, null, -1, code, data);
	}

	/**
	 * Reports at a value that does not fit where it stands: a text that is no value of the expected
	 * enumeration, an amount in another currency, or a value of another type.
	 */
	protected void checkFits(RulesType expected, Expression value, RulesType actual, String place) {
		String unknownValue = LiteralChecks.unknownEnumValue(expected, value);
		if (unknownValue != null) {
			errorAt(value, unknownValue, IssueCodes.UNKNOWN_ENUM_VALUE,
					((RulesType.EnumType) expected).enumeration().getLiterals().toArray(String[]::new));
		} else if (TypeCompatibility.mixedCurrencies(expected, actual)) {
			errorAt(value, "mixes currencies: " + place + " is in " + expected.currency() + ", this amount in "
					+ actual.currency(), IssueCodes.MIXED_CURRENCIES);
		} else if (!TypeCompatibility.fits(expected, actual)) {
			errorAt(value, place + " must be " + a(expected) + ", not " + a(actual), IssueCodes.TYPE_MISMATCH,
					expected.label());
		}
	}

	protected static String a(RulesType type) {
		String label = type.label();
		return (label.matches("^[aeiouAEIOU].*") ? "an " : "a ") + label;
	}
}
