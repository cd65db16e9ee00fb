package io.processware.rules.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import io.processware.rules.rules.RulesPackage;

/**
 * Says what kind of thing a name was supposed to be, in the business's words ("unknown task
 * 'validate-invoce'"), and explains the one surprise of the syntax: {@code a-b} is one name.
 */
public class UnknownReferenceMessages extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopeProvider;

	/** The code of every unresolved reference; the quick fix proposes the closest names. */
	public static final String UNKNOWN_REFERENCE = org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name;
		try {
			name = context.getLinkText();
		} catch (IllegalNodeException e) {
			name = e.getNode().getText();
		}
		String message = "unknown " + kind(context.getReference().getEReferenceType()) + " '" + name + "'";
		if (name != null && name.contains("-") && context.getReference() == RulesPackage.Literals.SYMBOL_REF__SYMBOL
				&& partsAreKnown(context, name)) {
			message += " (to subtract, write spaces around '-')";
		}
		if (context.getReference() == RulesPackage.Literals.MEMBER_ACCESS__MEMBER) {
			message = "unknown member '" + name + "'";
		}
		return new DiagnosticMessage(message, Severity.ERROR, UNKNOWN_REFERENCE);
	}

	/** "a-b" where a and b are both known names was most likely meant as a subtraction. */
	private boolean partsAreKnown(ILinkingDiagnosticContext context, String name) {
		IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
		for (String part : name.split("-")) {
			if (part.isEmpty() || scope.getSingleElement(QualifiedName.create(part)) == null) {
				return false;
			}
		}
		return true;
	}

	private static String kind(EClass type) {
		return switch (type.getName()) {
			case "Task" -> "task";
			case "Role" -> "role";
			case "RuleSet" -> "rule set";
			case "Environment" -> "environment";
			case "Symbol" -> "name";
			case "LlmSlot" -> "LLM slot";
			case "NamedElement" -> "model element";
			default -> type.getName().toLowerCase(java.util.Locale.ROOT);
		};
	}
}
