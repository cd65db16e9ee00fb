package io.processware.rules.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import io.processware.rules.rules.RulesPackage;

/**
 * The symbol kind of each declaration, so that an outline or a client's symbol list can tell a
 * decision table from a rule (Xtext calls everything a property). The words an analyst reads are
 * {@link DeclarationWords}.
 */
public class DeclarationKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		RulesPackage rules = RulesPackage.eINSTANCE;
		if (type == rules.getFact() || type == rules.getSlotInput()) {
			return SymbolKind.Variable;
		}
		if (type == rules.getComputed()) {
			return SymbolKind.Constant;
		}
		if (type == rules.getDecisionTable()) {
			return SymbolKind.Struct;
		}
		if (type == rules.getTableInput() || type == rules.getTableOutput() || type == rules.getSchemaField()) {
			return SymbolKind.Field;
		}
		if (type == rules.getRule() || type == rules.getApproval() || type == rules.getLlmSlot()) {
			return SymbolKind.Function;
		}
		if (type == rules.getConstraint() || type == rules.getSla() || rules.getPolicy().isSuperTypeOf(type)) {
			return SymbolKind.Event;
		}
		return super.getSymbolKind(type);
	}
}
