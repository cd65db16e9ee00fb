package io.processware.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.processware.model.solution.QualityCriterion;

/**
 * What the pipeline can measure for a quality criterion. A criterion's metric (or name) names one
 * in the business's words; the first metric whose words it contains is the one measured.
 */
public enum GateMetric {
	/** Generated tests pass: the share of the generated service's tests that pass ({@code mvn verify}). */
	TESTS("test", "coverage"),
	/** Generated code builds: 1 when the generated service compiles with its tests ({@code mvn test-compile}), else 0. */
	BUILD("build", "compile"),
	/** Validators pass: the share of the generation targets' validators that found nothing. */
	VALIDATORS("validator", "static analysis", "checks", "lint"),
	/** No secrets: 1 when no file holds anything the secret scan of a run recognises as a credential, else 0. */
	SECRETS("secret", "findings", "vulnerab", "credential"),
	/** Documentation present: the share of generated projects (folders with a build file) that have a README. */
	DOCUMENTATION("documentation", "runbook", "readme", "docs");

	private final List<String> words;

	GateMetric(String... words) {
		this.words = List.of(words);
	}

	/** @return the metric a criterion asks for, empty when its metric names none the pipeline knows */
	public static Optional<GateMetric> of(QualityCriterion criterion) {
		String text = ((criterion.getMetric() == null ? "" : criterion.getMetric()) + " "
				+ (criterion.getName() == null ? "" : criterion.getName())).toLowerCase(Locale.ROOT);
		for (GateMetric metric : values()) {
			if (metric.words.stream().anyMatch(text::contains)) {
				return Optional.of(metric);
			}
		}
		return Optional.empty();
	}

	/** @return the metric named on a command line (build, tests, validators, secrets, documentation) */
	public static GateMetric named(String name) {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new PipelineException("unknown quality criterion '" + name + "' (build, tests, validators, secrets, documentation)");
		}
	}
}
