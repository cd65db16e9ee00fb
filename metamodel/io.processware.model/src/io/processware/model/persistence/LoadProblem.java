package io.processware.model.persistence;

import java.nio.file.Path;

/**
 * Something wrong in a solution file found while reading it, with where it is: the file, the line
 * and column (0 when unknown) and the element concerned (its id or qualified name; empty when the
 * file is not even well-formed XML).
 */
public record LoadProblem(Path file, int line, int column, String element, String message) {

	/** @return {@code file:line:column: message}, the way compilers report, for one-line errors */
	public String describe() {
		StringBuilder text = new StringBuilder(file.toString());
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		text.append(": ");
		if (!element.isEmpty()) {
			text.append(element).append(": ");
		}
		return text.append(message).toString();
	}
}
