package io.processware.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How bad a finding is; errors make {@code processware validate} exit 1. */
public enum Severity {
	ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

	private final int diagnosticSeverity;

	Severity(int diagnosticSeverity) {
		this.diagnosticSeverity = diagnosticSeverity;
	}

	int diagnosticSeverity() {
		return diagnosticSeverity;
	}

	static Severity of(int diagnosticSeverity) {
		if (diagnosticSeverity >= Diagnostic.ERROR) {
			return ERROR;
		}
		return diagnosticSeverity == Diagnostic.WARNING ? WARNING : INFO;
	}

	/** @return the lower-case word diagnostics print: {@code error}, {@code warning}, {@code info} */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
