package io.processware.model.persistence;

import java.nio.file.Path;
import java.util.List;

import io.processware.model.solution.Solution;

/**
 * A solution file that could be read, with the problems found while reading it: references to ids
 * that are not in the solution. Such a model is usable but incomplete; callers report the problems
 * as errors.
 */
public record LoadedSolution(Path file, Solution solution, List<LoadProblem> problems) {
}
