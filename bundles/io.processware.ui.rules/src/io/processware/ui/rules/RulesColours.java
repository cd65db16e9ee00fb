package io.processware.ui.rules;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

import io.processware.rules.ide.highlighting.RulesHighlighting;

/** The colours of the rules editor: lexical (keywords, strings, comments) and semantic (what names denote). */
final class RulesColours {
	static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95), null, SWT.ITALIC);
	static final TextAttribute NUMBER = new TextAttribute(new Color(125, 80, 0));

	/** By the language's semantic styles (LSP token types, see {@link RulesHighlighting}). */
	private static final Map<String, TextAttribute> SEMANTIC = Map.of(
			RulesHighlighting.MODEL_ELEMENT, new TextAttribute(new Color(0, 110, 130), null, SWT.BOLD),
			RulesHighlighting.ENUMERATION, new TextAttribute(new Color(100, 60, 160), null, SWT.BOLD),
			RulesHighlighting.VARIABLE, new TextAttribute(new Color(0, 70, 160)),
			RulesHighlighting.MEMBER, new TextAttribute(new Color(0, 120, 60)),
			RulesHighlighting.DECISION, new TextAttribute(new Color(150, 70, 0), null, SWT.BOLD),
			RulesHighlighting.LLM_SLOT, new TextAttribute(new Color(200, 0, 120), null, SWT.BOLD | SWT.ITALIC),
			RulesHighlighting.CURRENCY, new TextAttribute(new Color(125, 80, 0), null, SWT.BOLD));

	private RulesColours() {
	}

	static TextAttribute semantic(String style) {
		return SEMANTIC.get(style);
	}
}
