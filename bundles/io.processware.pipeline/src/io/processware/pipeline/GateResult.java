package io.processware.pipeline;

import java.util.List;
import java.util.Locale;

/**
 * A quality gate's evaluation: the weighted score of the criteria evaluated, against the gate's
 * pass threshold. Criteria left out are listed as skipped and do not count in the weights.
 *
 * @param gateId        the gate's id
 * @param gateName      its name
 * @param passThreshold the weighted score it needs
 * @param criteria      every criterion, evaluated or skipped
 */
public record GateResult(String gateId, String gateName, double passThreshold, List<CriterionScore> criteria) {

	public GateResult {
		criteria = List.copyOf(criteria);
	}

	/** @return the weighted score over the evaluated criteria (0 when none was evaluated) */
	public double score() {
		double weights = criteria.stream().filter(CriterionScore::evaluated).mapToDouble(CriterionScore::weight).sum();
		double sum = criteria.stream().filter(CriterionScore::evaluated)
				.mapToDouble(criterion -> criterion.weight() * criterion.score()).sum();
		return weights == 0 ? 0 : sum / weights;
	}

	/** @return whether the gate passes: some criterion evaluated, each evaluated one at its threshold, score at the gate's */
	public boolean passed() {
		return criteria.stream().anyMatch(CriterionScore::evaluated)
				&& criteria.stream().filter(CriterionScore::evaluated).allMatch(CriterionScore::passed)
				&& score() >= passThreshold;
	}

	/** @return a line for terminals and the run's record */
	public String describe() {
		long evaluated = criteria.stream().filter(CriterionScore::evaluated).count();
		return String.format(Locale.ROOT, "%s %s: score %.2f (pass %.2f) over %d of %d criteria", gateName,
				passed() ? "passed" : "failed", Double.valueOf(score()), Double.valueOf(passThreshold),
				Long.valueOf(evaluated), Integer.valueOf(criteria.size()));
	}
}
