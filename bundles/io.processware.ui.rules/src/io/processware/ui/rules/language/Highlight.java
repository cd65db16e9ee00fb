package io.processware.ui.rules.language;

/** A stretch of text and the semantic style the language gives it (an LSP semantic token type). */
public record Highlight(int offset, int length, String style) {
}
