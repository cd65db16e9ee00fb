package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.processware.model.validation.Severity;
import io.processware.rules.workspace.RulesDiagnostic;
import io.processware.rules.workspace.RulesValidation;

/** The rules part of {@code processware validate}: the .rules files of a solution folder. */
final class RulesProblems {

	private RulesProblems() {
	}

	/** @return whether the argument is a folder holding rules files (outside generated/, target/, hidden folders) */
	static boolean hasRulesFiles(Path solution) {
		return Files.isDirectory(solution) && !RulesValidation.rulesFiles(solution).isEmpty();
	}

	/** Prints every problem of the folder's rules files as {@code file:line:column: severity: message}. */
	static void report(Path solution, PrintWriter out, ValidationTally tally) {
		if (!Files.isDirectory(solution)) {
			return; // one .pws file was named: its folder's rules are not part of the question
		}
		for (RulesDiagnostic problem : RulesValidation.validate(solution)) {
			out.println(problem.format(null));
			tally.count(switch (problem.severity()) {
				case ERROR -> Severity.ERROR;
				case WARNING -> Severity.WARNING;
				case INFO -> Severity.INFO;
			});
		}
	}
}
