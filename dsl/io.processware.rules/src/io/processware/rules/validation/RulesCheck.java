package io.processware.rules.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.processware.rules.rules.RulesPackage;
import io.processware.rules.types.RulesType;

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

	protected static String a(RulesType type) {
		String label = type.label();
		return (label.matches("^[aeiouAEIOU].*") ? "an " : "a ") + label;
	}
}
