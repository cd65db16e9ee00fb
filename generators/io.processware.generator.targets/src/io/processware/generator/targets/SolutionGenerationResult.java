package io.processware.generator.targets;

import java.util.List;

import io.processware.generator.QaReport;

/**
 * What a solution generation did, target by target, in the order they ran.
 *
 * @param outcomes     one per target
 * @param treeChecks   what the checks of the whole tree found (for example the secret scan)
 * @param elapsedNanos the whole run's duration, validators included
 */
public record SolutionGenerationResult(List<TargetOutcome> outcomes, List<QaReport> treeChecks, long elapsedNanos) {

	public SolutionGenerationResult {
		outcomes = List.copyOf(outcomes);
		treeChecks = List.copyOf(treeChecks);
	}

	/** A result without whole-tree checks. */
	public SolutionGenerationResult(List<TargetOutcome> outcomes, long elapsedNanos) {
		this(outcomes, List.of(), elapsedNanos);
	}

	/** @return whether every target's validator and every whole-tree check passed */
	public boolean qaPassed() {
		return outcomes.stream().allMatch(outcome -> outcome.qa().passed())
				&& treeChecks.stream().allMatch(QaReport::passed);
	}

	/** @return the outcome of the target with this template-set name */
	public TargetOutcome outcome(String target) {
		return outcomes.stream().filter(outcome -> outcome.target().name().equals(target)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no target " + target + " in this run"));
	}
}
