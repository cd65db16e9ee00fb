package io.processware.generator.application;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.processware.rules.rules.TableInput;

/** The source text of rules-language elements, where the generated service needs it at run time. */
final class RulesText {

	private static final String PATH = "[\\p{L}_][\\p{L}\\p{N}_-]*(\\.[\\p{L}_][\\p{L}\\p{N}_-]*)*";

	private RulesText() {
	}

	/** @return the text of an element as written in its rules file, trimmed */
	static String of(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node).trim();
	}

	/**
	 * The process variable a table input reads: its expression when that is a path
	 * ({@code invoice.grossAmount}), else a variable named like the input, which the process must
	 * supply (a computed value the generated service does not derive yet).
	 */
	static String variablePath(TableInput input) {
		String text = of(input.getExpression()).replace(" ", "");
		return text.matches(PATH) ? text : input.getName();
	}

	/** @return the expression's text when it is a variable path, else the fallback */
	static String pathOr(EObject expression, String fallback) {
		String text = of(expression).replace(" ", "");
		return text.matches(PATH) ? text : fallback;
	}
}
