package io.processware.pipeline;

import java.util.Locale;

/**
 * One criterion's outcome in a quality-gate evaluation.
 *
 * @param id        the criterion's id in the model
 * @param name      its name
 * @param metric    what was measured; null when the metric is unknown
 * @param weight    its weight in the gate
 * @param threshold the score below which it fails on its own
 * @param score     0..1; meaningless when not evaluated
 * @param evaluated false when the evaluation was told to leave it out (recorded as skipped)
 * @param evidence  what the score rests on, in a line
 */
public record CriterionScore(String id, String name, GateMetric metric, double weight, double threshold, double score,
		boolean evaluated, String evidence) {

	/** @return whether it was evaluated and reached its threshold */
	public boolean passed() {
		return evaluated && score >= threshold;
	}

	/** @return a line for terminals and the run's record */
	public String describe() {
		if (!evaluated) {
			return String.format(Locale.ROOT, "%s: skipped (weight %.2f): %s", name, Double.valueOf(weight), evidence);
		}
		return String.format(Locale.ROOT, "%s: score %.2f, threshold %.2f, weight %.2f: %s", name, Double.valueOf(score),
				Double.valueOf(threshold), Double.valueOf(weight), evidence);
	}
}
