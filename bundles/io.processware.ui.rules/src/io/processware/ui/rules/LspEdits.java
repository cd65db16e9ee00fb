package io.processware.ui.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

import io.processware.ui.rules.language.RulesSession;

/** Applies the language services' edits (LSP line/column ranges) to a JFace document. */
final class LspEdits {

	private LspEdits() {
	}

	/** An edit in offsets of the text it was computed for. */
	record Replacement(int offset, int length, String text) {
	}

	static int offset(String text, org.eclipse.lsp4j.Position position) {
		return RulesSession.document(text).getOffSet(position);
	}

	static Replacement replacement(Document document, Range range, String newText) {
		int start = document.getOffSet(range.getStart());
		int end = document.getOffSet(range.getEnd());
		return new Replacement(start, end - start, newText);
	}

	/**
	 * Applies edits computed for {@code text} (which must still be the document's content), last
	 * first, so earlier offsets stay valid.
	 */
	static void apply(IDocument target, String text, List<? extends TextEdit> edits) throws BadLocationException {
		Document document = RulesSession.document(text);
		List<Replacement> replacements = new ArrayList<>();
		for (TextEdit edit : edits) {
			replacements.add(replacement(document, edit.getRange(), edit.getNewText()));
		}
		replacements.sort(Comparator.comparingInt(Replacement::offset).reversed());
		for (Replacement replacement : replacements) {
			target.replace(replacement.offset(), replacement.length(), replacement.text());
		}
	}
}
