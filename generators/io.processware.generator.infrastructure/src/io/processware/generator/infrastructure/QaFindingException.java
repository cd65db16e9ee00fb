package io.processware.generator.infrastructure;

import io.processware.generator.QaFinding;

/** A file a validator cannot go on with: unreadable, or rejected by its parser. */
public final class QaFindingException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient QaFinding finding;

	public QaFindingException(QaFinding finding) {
		super(finding.toString());
		this.finding = finding;
	}

	public QaFinding finding() {
		return finding;
	}
}
