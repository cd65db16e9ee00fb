package io.processware.bpmn.classify;

import java.util.List;
import java.util.stream.Collectors;

import io.processware.bpmn.DeterminismSource;
import io.processware.model.process.Determinism;
import io.processware.model.process.Task;

/**
 * The classifier's suggestion for one task: a determinism class and an implementation strategy,
 * the evidence behind them, and how they relate to what the task holds now.
 *
 * @param task     the task
 * @param proposed the proposed class; {@link Determinism#UNCLASSIFIED} when there is no evidence
 * @param strategy the strategy the proposed class calls for; null without evidence
 * @param evidence what the proposal rests on, deterministic evidence first
 * @param source   who set the task's current class (meaningful only when it has one)
 */
public record Proposal(Task task, Determinism proposed, ImplementationStrategy strategy, List<Evidence> evidence,
		DeterminismSource source) {

	public Proposal {
		evidence = List.copyOf(evidence);
	}

	/** @return how the proposal relates to the task's current class */
	public Verdict verdict() {
		Determinism current = task.getDeterminism();
		if (proposed == Determinism.UNCLASSIFIED) {
			return current == Determinism.UNCLASSIFIED ? Verdict.NO_EVIDENCE : Verdict.AGREES;
		}
		if (current == Determinism.UNCLASSIFIED) {
			return Verdict.NEW;
		}
		if (current == proposed) {
			return Verdict.AGREES;
		}
		return source == DeterminismSource.CLASSIFIER ? Verdict.REVISED : Verdict.ANALYST_DIFFERS;
	}

	/** @return the rationale in one sentence: the evidence, joined */
	public String rationale() {
		return evidence.isEmpty() ? "no rule sets, existing code, LLM slot, free-text input or telling task kind"
				: evidence.stream().map(Evidence::detail).collect(Collectors.joining("; "));
	}
}
