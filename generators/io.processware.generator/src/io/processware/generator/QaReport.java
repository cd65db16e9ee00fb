package io.processware.generator;

import java.util.List;

/**
 * What a generator's QA validator found in the files it checked: every generator is a pair of
 * templates (the producer) and a validator that checks their output with a real parser.
 *
 * @param validator    the validator's name, as shown in run summaries
 * @param findings     the problems, in file order; empty when the output passes
 * @param filesChecked how many files the validator parsed or checked
 */
public record QaReport(String validator, List<QaFinding> findings, int filesChecked) {

	public QaReport {
		findings = List.copyOf(findings);
	}

	/** @return whether the validator found nothing */
	public boolean passed() {
		return findings.isEmpty();
	}
}
