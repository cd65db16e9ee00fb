package io.processware.bpmn.status;

import java.util.List;
import java.util.Set;

import io.processware.bpmn.classify.ImplementationStrategy;
import io.processware.bpmn.matrix.ImplementationMatrix;
import io.processware.generator.Trace;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.Task;

/**
 * The multi-state check of one task. A task that needs no generated code (existing code, or a
 * runtime LLM alone) passes "generated" and "human-validated" by nature; it counts as deployed once
 * its status says it runs (existing code, runtime LLM, deployed). Generated code found in the
 * generated output's trace counts as generated even before the model's status was moved on.
 *
 * @param generatedFiles the files the trace says were generated from the task
 */
public record TaskState(Task task, boolean defined, boolean generated, boolean validated, boolean deployed,
		List<String> generatedFiles) {

	private static final Set<ImplementationStatus> GENERATED = Set.of(ImplementationStatus.GENERATED,
			ImplementationStatus.VALIDATED, ImplementationStatus.DEPLOYED);
	private static final Set<ImplementationStatus> RUNNING = Set.of(ImplementationStatus.EXISTING_STATIC_CODE,
			ImplementationStatus.RUNTIME_LLM, ImplementationStatus.DEPLOYED);

	static TaskState of(Task task, Trace trace) {
		ImplementationStrategy strategy = ImplementationStrategy.of(task);
		boolean defined = ImplementationMatrix.COMPLETE.equals(ImplementationMatrix.definition(task));
		boolean needsCode = strategy == ImplementationStrategy.GENERATE || strategy == ImplementationStrategy.HYBRID_WITH_LLM_SLOT;
		List<String> files = trace.filesOf(task.getId());
		ImplementationStatus status = task.getImplementationStatus();
		boolean generated = defined && (!needsCode || GENERATED.contains(status) || !files.isEmpty());
		boolean validated = generated && (!needsCode || status == ImplementationStatus.VALIDATED
				|| status == ImplementationStatus.DEPLOYED);
		boolean deployed = validated && (RUNNING.contains(status) || strategy == ImplementationStrategy.REUSE_EXISTING_CODE);
		return new TaskState(task, defined, generated, validated, deployed, files);
	}

	/** @return the path a request takes through this task today */
	public RequestPath path() {
		return RequestPath.forChecks(defined, generated, validated, deployed);
	}
}
