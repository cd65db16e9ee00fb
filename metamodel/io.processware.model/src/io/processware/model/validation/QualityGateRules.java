package io.processware.model.validation;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.solution.QualityCriterion;
import io.processware.model.solution.QualityGate;

/** A quality gate's criteria weights add up to 1 and every threshold is a score between 0 and 1. */
final class QualityGateRules implements RuleGroup {

	/** Weights are written as decimals (0.35); this absorbs the binary rounding of their sum. */
	private static final double TOLERANCE = 1e-9;

	@Override
	public void check(EObject element, Findings findings) {
		if (element instanceof QualityGate gate) {
			double sum = gate.getCriteria().stream().mapToDouble(QualityCriterion::getWeight).sum();
			boolean eachInRange = gate.getCriteria().stream().allMatch(criterion -> inRange(criterion.getWeight()));
			if (Math.abs(sum - 1.0) > TOLERANCE || !eachInRange) {
				findings.report(Rule.QUALITY_GATE_WEIGHTS, gate, gate.getName(), Double.toString(round(sum)));
			}
			checkScore(gate, "pass threshold", gate.getPassThreshold(), findings);
		} else if (element instanceof QualityCriterion criterion) {
			checkScore(criterion, "threshold", criterion.getThreshold(), findings);
		}
	}

	private static void checkScore(EObject element, String what, double score, Findings findings) {
		if (!inRange(score)) {
			findings.report(Rule.QUALITY_GATE_THRESHOLDS, element, what, Double.toString(score));
		}
	}

	private static boolean inRange(double score) {
		return score >= 0 && score <= 1;
	}

	private static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}
}
