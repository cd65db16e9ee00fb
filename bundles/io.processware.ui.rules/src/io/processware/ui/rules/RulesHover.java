package io.processware.ui.rules;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hover: what the language says about the name under the mouse (its kind, type and documentation). */
final class RulesHover implements ITextHover {
	private final RulesEditor editor;

	RulesHover(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		String text = viewer.getDocument().get();
		try {
			String markdown = editor.session().hover(text, region.getOffset());
			return markdown == null ? null : markdown.replace("```", "").replace("**", "").strip();
		} catch (RuntimeException failed) {
			return null;
		}
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
