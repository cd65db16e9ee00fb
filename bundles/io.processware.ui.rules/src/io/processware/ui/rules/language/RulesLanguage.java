package io.processware.ui.rules.language;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Injector;

import io.processware.rules.ide.RulesIdeSetup;
import io.processware.rules.workspace.SolutionModelSupport;

/**
 * The rules language with its editor-neutral ide services, started once for the workbench: every
 * editor's session asks this injector for the same services the language server uses.
 */
public final class RulesLanguage {

	private static volatile Injector injector;

	private RulesLanguage() {
	}

	/** @return the injector of the rules language with its ide module (created on first use) */
	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (RulesLanguage.class) {
				if (injector == null) {
					SolutionModelSupport.registerGlobally();
					injector = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
				}
				result = injector;
			}
		}
		return result;
	}

	/** @return the grammar's keywords that are words (for lexical colouring before parsing) */
	public static Set<String> keywords() {
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(injector().getInstance(IGrammarAccess.class).getGrammar())) {
			if (keyword.chars().allMatch(Character::isLetter)) {
				words.add(keyword);
			}
		}
		return words;
	}
}
