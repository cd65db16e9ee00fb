package io.processware.model.validation;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Where rules report what they find: turns a rule, an element and message arguments into an EMF
 * diagnostic carrying both the element and the rule, so that the workbench (markers) and the
 * command line (text) can each present it.
 */
final class Findings {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("io.processware.model.validation.messages",
			java.util.Locale.ROOT, Findings.class.getClassLoader());

	private final DiagnosticChain diagnostics;
	private final Map<Object, Object> context;
	private boolean clean = true;

	Findings(DiagnosticChain diagnostics, Map<Object, Object> context) {
		this.diagnostics = diagnostics;
		this.context = context;
	}

	/** The validation context, where rules cache what they compute once per validation (flow graphs). */
	Map<Object, Object> context() {
		return context;
	}

	void report(Rule rule, EObject element, Object... arguments) {
		if (rule.severity() == Severity.ERROR) {
			clean = false;
		}
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(rule.severity().diagnosticSeverity(), SolutionValidator.DIAGNOSTIC_SOURCE,
					rule.ordinal(), message(rule, arguments), new Object[] { element, rule }));
		}
	}

	/** @return false once an error was reported, as EMF's validate methods must answer */
	boolean clean() {
		return clean;
	}

	static String message(Rule rule, Object... arguments) {
		return new MessageFormat(MESSAGES.getString(rule.id()), java.util.Locale.ROOT).format(arguments);
	}
}
