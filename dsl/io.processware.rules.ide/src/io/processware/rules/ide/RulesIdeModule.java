package io.processware.rules.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import io.processware.rules.ide.highlighting.RulesHighlighting;
import io.processware.rules.ide.quickfix.RulesQuickFixes;

/** The editor-neutral services of the rules language: quick fixes as code actions, semantic highlighting. */
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
}
