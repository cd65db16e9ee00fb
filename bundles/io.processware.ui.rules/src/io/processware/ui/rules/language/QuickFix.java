package io.processware.ui.rules.language;

import java.util.List;

import org.eclipse.lsp4j.TextEdit;

/** A code action of the language, reduced to what an editor applies: a label and edits of this file. */
public record QuickFix(String label, List<TextEdit> edits) {
}
