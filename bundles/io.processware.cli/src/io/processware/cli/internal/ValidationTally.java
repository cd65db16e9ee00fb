package io.processware.cli.internal;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.processware.model.validation.Severity;

/** Counts what a validation found, for its one-line summary. */
final class ValidationTally {

	private int errors;
	private int warnings;
	private long elements;

	void count(Severity severity) {
		if (severity == Severity.ERROR) {
			errors++;
		} else if (severity == Severity.WARNING) {
			warnings++;
		}
	}

	/** Counts a solution and everything it contains. */
	void countElements(EObject root) {
		elements++;
		for (var it = root.eAllContents(); it.hasNext(); it.next()) {
			elements++;
		}
	}

	int errors() {
		return errors;
	}

	String summary(Path solution, int models) {
		Object[] values = { solution, Integer.valueOf(models), Long.valueOf(elements), Integer.valueOf(errors),
				Integer.valueOf(warnings) };
		return NLS.bind(errors == 0 ? CliMessages.validationClean : CliMessages.validationProblems, values);
	}
}
