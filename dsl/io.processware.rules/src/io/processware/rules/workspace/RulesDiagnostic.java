package io.processware.rules.workspace;

import java.nio.file.Path;

/** One problem in a rules file, where the analyst finds it (1-based line and column). */
public record RulesDiagnostic(Path file, int line, int column, Severity severity, String message) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** @return {@code file:line:column: severity: message}, the form compilers use and editors link */
	public String format(Path relativeTo) {
		Path shown = relativeTo == null ? file : relativeTo.relativize(file);
		return shown + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
	}
}
