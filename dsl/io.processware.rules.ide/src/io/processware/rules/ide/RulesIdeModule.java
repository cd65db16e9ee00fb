package io.processware.rules.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import io.processware.rules.ide.highlighting.RulesHighlighting;
import io.processware.rules.ide.quickfix.RulesQuickFixes;
import io.processware.rules.ide.symbols.DeclarationKinds;
import io.processware.rules.ide.symbols.DeclarationWords;

/** The editor-neutral services of the rules language: quick fixes as code actions, semantic highlighting, symbols. */
public class RulesIdeModule extends AbstractRulesIdeModule {

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return RulesQuickFixes.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return RulesHighlighting.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return DeclarationKinds.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return DeclarationWords.class;
	}
}
