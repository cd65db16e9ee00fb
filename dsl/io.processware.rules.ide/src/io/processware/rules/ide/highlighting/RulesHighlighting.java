package io.processware.rules.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.Entity;
import io.processware.model.domain.Enumeration;
import io.processware.model.domain.Relationship;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Fact;
import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.NumberLiteral;
import io.processware.rules.rules.RulesPackage;

/**
 * Colours names by what they denote, which syntax alone cannot tell: solution-model elements
 * (entities, enumerations, tasks, roles…), facts and computed values, members, decision tables,
 * LLM slots (so the variable, model-answered parts of a rule set stand out) and currencies. The style
 * ids are LSP semantic token types, so the language server and the workbench editor share them.
 */
public class RulesHighlighting implements ISemanticHighlightingCalculator {

	public static final String MODEL_ELEMENT = "type";
	public static final String ENUMERATION = "enum";
	public static final String VARIABLE = "variable";
	public static final String MEMBER = "property";
	public static final String DECISION = "function";
	public static final String LLM_SLOT = "macro";
	public static final String CURRENCY = "enumMember";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		for (var it = resource.getAllContents(); it.hasNext();) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			EObject object = it.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isMany() || !object.eIsSet(reference)) {
					continue;
				}
				EObject target = (EObject) object.eGet(reference, false);
				String style = style(target.eIsProxy() ? null : target, reference);
				if (style != null) {
					for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
						acceptor.addPosition(node.getOffset(), node.getLength(), style);
					}
				}
			}
			if (object instanceof NumberLiteral number && number.getCurrency() != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(number, RulesPackage.Literals.NUMBER_LITERAL__CURRENCY)) {
					acceptor.addPosition(node.getOffset(), node.getLength(), CURRENCY);
				}
			}
		}
	}

	private static String style(EObject target, EReference reference) {
		if (target == null) {
			return null;
		}
		if (target instanceof Attribute || target instanceof Relationship || reference == RulesPackage.Literals.MEMBER_ACCESS__MEMBER) {
			return MEMBER;
		}
		if (target instanceof Enumeration) {
			return ENUMERATION;
		}
		if (target instanceof Fact || target instanceof Computed) {
			return VARIABLE;
		}
		if (target instanceof DecisionTable) {
			return DECISION;
		}
		if (target instanceof LlmSlot) {
			return LLM_SLOT;
		}
		if (target instanceof Entity || target instanceof io.processware.model.solution.ModelElement) {
			return MODEL_ELEMENT;
		}
		return null;
	}
}
