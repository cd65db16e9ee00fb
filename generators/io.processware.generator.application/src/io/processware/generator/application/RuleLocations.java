package io.processware.generator.application;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/** Where an element of a rules file is, for messages that name the line and the declaration. */
final class RuleLocations {

	private RuleLocations() {
	}

	/** @return "line N (name)" or "line N" */
	static String of(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		EObject declaration = element;
		while (declaration != null && SimpleAttributeResolver.NAME_RESOLVER.apply(declaration) == null) {
			declaration = declaration.eContainer();
		}
		String name = declaration == null ? null : SimpleAttributeResolver.NAME_RESOLVER.apply(declaration);
		return "line " + (node == null ? "?" : node.getStartLine()) + (name == null ? "" : " (" + name + ")");
	}

	/** @return the expression as the analyst wrote it */
	static String text(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? String.valueOf(element) : NodeModelUtils.getTokenText(node);
	}
}
