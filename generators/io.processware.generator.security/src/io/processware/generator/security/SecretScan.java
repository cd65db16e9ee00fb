package io.processware.generator.security;

import java.nio.file.Path;
import java.util.Collection;

import io.processware.generator.QaReport;
import io.processware.generator.targets.TreeCheck;
import io.processware.generator.targets.qa.Credentials;

/**
 * The secret scan of the whole generated tree: no file of any target may hold anything resembling
 * a credential ({@link Credentials} says what does).
 */
public final class SecretScan implements TreeCheck {

	/** The check's name in run summaries. */
	public static final String NAME = "secret scan (whole generated tree)";

	@Override
	public QaReport check(Path output, Collection<String> files) {
		return Credentials.scan(NAME, output, files);
	}
}
