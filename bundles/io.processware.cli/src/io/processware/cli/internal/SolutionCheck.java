package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.processware.model.persistence.LoadProblem;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.validation.Finding;
import io.processware.model.validation.Rule;
import io.processware.model.validation.SolutionValidation;

/**
 * Loads solution models and validates them with the rules files of the solution folder, printing
 * one line per problem: what {@code validate} does, and what {@code generate} does before it
 * generates anything.
 */
final class SolutionCheck {

	/** The loaded models and what their validation found. */
	record Result(List<LoadedSolution> models, ValidationTally tally) {
	}

	private SolutionCheck() {
	}

	/**
	 * @throws CommandFailure when a file cannot be read as a solution model
	 */
	static Result run(Path solution, List<Path> files, PrintWriter out) {
		List<LoadedSolution> models = SolutionModels.load(files);
		ValidationTally tally = new ValidationTally();
		for (LoadedSolution model : models) {
			for (LoadProblem problem : model.problems()) {
				out.println(NLS.bind(CliMessages.unknownReferenceLine, new Object[] { problem.file(), problem.element(),
						problem.message(), Integer.valueOf(problem.line()), Rule.MODEL_UNKNOWN_REFERENCE.id() }));
				tally.count(io.processware.model.validation.Severity.ERROR);
			}
			for (Finding finding : SolutionValidation.validate(model.solution())) {
				out.println(NLS.bind(CliMessages.findingLine, model.file(), finding.describe()));
				tally.count(finding.severity());
			}
			tally.countElements(model.solution());
		}
		RulesProblems.report(solution, out, tally);
		return new Result(List.copyOf(models), tally);
	}
}
