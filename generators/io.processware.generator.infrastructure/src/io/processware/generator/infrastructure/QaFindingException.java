package io.processware.generator.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.processware.generator.QaFinding;

/** A file a validator cannot go on with: unreadable, or rejected by its parser. */
public final class QaFindingException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient QaFinding finding;

	public QaFindingException(QaFinding finding) {
		super(finding.toString());
		this.finding = finding;
	}

	/** @return a generated file's text, or the finding that it cannot be read */
	public static String readText(Path output, String path) throws QaFindingException {
		try {
			return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new QaFindingException(new QaFinding(path, 0, "cannot read: " + e.getMessage()));
		}
	}

	public QaFinding finding() {
		return finding;
	}
}
