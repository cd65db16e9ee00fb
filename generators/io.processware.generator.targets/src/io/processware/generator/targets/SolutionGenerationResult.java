package io.processware.generator.targets;

import java.util.List;

/**
 * What a solution generation did, target by target, in the order they ran.
 *
 * @param outcomes    one per target
 * @param elapsedNanos the whole run's duration, validators included
 */
public record SolutionGenerationResult(List<TargetOutcome> outcomes, long elapsedNanos) {

	public SolutionGenerationResult {
		outcomes = List.copyOf(outcomes);
	}

	/** @return whether every target's validator passed */
	public boolean qaPassed() {
		return outcomes.stream().allMatch(outcome -> outcome.qa().passed());
	}

	/** @return the outcome of the target with this template-set name */
	public TargetOutcome outcome(String target) {
		return outcomes.stream().filter(outcome -> outcome.target().name().equals(target)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no target " + target + " in this run"));
	}
}
