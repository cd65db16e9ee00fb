package io.processware.ui.rules;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.TextEdit;

/** Formats the whole file with the language's formatter, as one undoable change. */
final class Formatting {

	private Formatting() {
	}

	static void format(RulesEditor editor) throws BadLocationException {
		IDocument document = editor.document();
		String text = document.get();
		List<? extends TextEdit> edits = editor.session().format(text);
		if (edits.isEmpty()) {
			return;
		}
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			LspEdits.apply(document, text, edits);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}
}
