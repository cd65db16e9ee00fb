package io.processware.generator.targets;

import java.nio.file.Path;
import java.util.Objects;

import io.processware.model.solution.Solution;

/**
 * What every generation target renders from: the solution model and where it lives.
 *
 * @param solution  the loaded, validated model
 * @param folder    the solution's folder: its {@code rules/}, {@code processes/} and {@code templates/} overrides
 * @param modelHash the hash of the model's files, recorded per generated file in the trace
 */
public record SolutionInput(Solution solution, Path folder, String modelHash) {

	public SolutionInput {
		Objects.requireNonNull(solution, "solution");
		Objects.requireNonNull(folder, "folder");
		Objects.requireNonNull(modelHash, "modelHash");
	}
}
