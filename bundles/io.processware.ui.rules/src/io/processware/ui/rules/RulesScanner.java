package io.processware.ui.rules;

import java.util.List;

import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;

import io.processware.ui.rules.language.RulesLanguage;

/** Lexical colouring, immediate while typing: the grammar's keywords, strings, numbers and comments. */
final class RulesScanner extends RuleBasedScanner {

	RulesScanner() {
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '-';
			}
		}, new Token(null)); // a whole non-keyword word is consumed, so 'invoice-approval' shows no keyword inside
		Token keyword = new Token(RulesColours.KEYWORD);
		RulesLanguage.keywords().forEach(word -> words.addWord(word, keyword));
		setRules(List.<IRule>of(
				new EndOfLineRule("//", new Token(RulesColours.COMMENT)),
				new MultiLineRule("/*", "*/", new Token(RulesColours.COMMENT)),
				new SingleLineRule("\"", "\"", new Token(RulesColours.STRING), '\\'),
				words,
				new NumberRule(new Token(RulesColours.NUMBER))).toArray(IRule[]::new));
	}
}
