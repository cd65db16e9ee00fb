package io.processware.rules.ide.symbols;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

import io.processware.rules.rules.RulesPackage;

/**
 * A symbol's detail: what the declaration is, in the words of the language ("decision table",
 * "approval", "SLA"), shown beside its name in the outline.
 */
public class DeclarationWords extends DocumentSymbolDetailsProvider {

	private static final Map<EClass, String> WORDS = Map.ofEntries(
			Map.entry(RulesPackage.eINSTANCE.getFact(), "fact"),
			Map.entry(RulesPackage.eINSTANCE.getComputed(), "computed value"),
			Map.entry(RulesPackage.eINSTANCE.getRule(), "rule"),
			Map.entry(RulesPackage.eINSTANCE.getConstraint(), "constraint"),
			Map.entry(RulesPackage.eINSTANCE.getDecisionTable(), "decision table"),
			Map.entry(RulesPackage.eINSTANCE.getTableInput(), "input"),
			Map.entry(RulesPackage.eINSTANCE.getTableOutput(), "output"),
			Map.entry(RulesPackage.eINSTANCE.getApproval(), "approval"),
			Map.entry(RulesPackage.eINSTANCE.getSla(), "SLA"),
			Map.entry(RulesPackage.eINSTANCE.getRetentionPolicy(), "retention policy"),
			Map.entry(RulesPackage.eINSTANCE.getResidencyPolicy(), "residency policy"),
			Map.entry(RulesPackage.eINSTANCE.getAccessPolicy(), "access policy"),
			Map.entry(RulesPackage.eINSTANCE.getBudgetPolicy(), "budget policy"),
			Map.entry(RulesPackage.eINSTANCE.getLlmSlot(), "variable (LLM slot)"),
			Map.entry(RulesPackage.eINSTANCE.getSlotInput(), "slot input"),
			Map.entry(RulesPackage.eINSTANCE.getSchemaField(), "answer field"));

	@Override
	public String getDetails(EObject object) {
		return WORDS.getOrDefault(object.eClass(), "");
	}
}
