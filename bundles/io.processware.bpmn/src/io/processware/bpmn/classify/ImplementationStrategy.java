package io.processware.bpmn.classify;

import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.Task;

/**
 * How a task is implemented, following the product's decision framework: existing static code is
 * reused; deterministic work is generated; partial work is generated around a runtime-LLM slot;
 * non-deterministic work runs through a runtime LLM whose answers feed analytics (and, in time,
 * new rules).
 */
public enum ImplementationStrategy {
	REUSE_EXISTING_CODE("reuse existing code"),
	GENERATE("generate static code"),
	HYBRID_WITH_LLM_SLOT("hybrid: generated code with a runtime-LLM slot"),
	RUNTIME_LLM_WITH_ANALYTICS("runtime LLM with analytics");

	private final String label;

	ImplementationStrategy(String label) {
		this.label = label;
	}

	/** @return the strategy in the business's words */
	public String label() {
		return label;
	}

	/** @return the strategy a determinism class calls for, with existing code taking precedence */
	public static ImplementationStrategy forClass(Determinism determinism, boolean existingCode) {
		if (existingCode && determinism != Determinism.NON_DETERMINISTIC && determinism != Determinism.PARTIAL) {
			return REUSE_EXISTING_CODE;
		}
		return switch (determinism) {
		case DETERMINISTIC -> GENERATE;
		case PARTIAL -> HYBRID_WITH_LLM_SLOT;
		case NON_DETERMINISTIC -> RUNTIME_LLM_WITH_ANALYTICS;
		default -> null;
		};
	}

	/** @return the strategy the task's current class and status call for; null while it is unclassified */
	public static ImplementationStrategy of(Task task) {
		if (task.getImplementationStatus() == ImplementationStatus.RUNTIME_LLM) {
			return RUNTIME_LLM_WITH_ANALYTICS;
		}
		return forClass(task.getDeterminism(), hasExistingCode(task));
	}

	/** @return whether the task is marked as implemented by code that already exists */
	public static boolean hasExistingCode(Task task) {
		return task.getExistingCode() != null && !task.getExistingCode().isBlank()
				|| task.getImplementationStatus() == ImplementationStatus.EXISTING_STATIC_CODE;
	}
}
