package io.processware.generator.application;

import java.util.List;

/**
 * The processes of a solution as the generated service orchestrates them.
 *
 * @param processes the processes, in model order
 * @param adapters  the adapters their service and send tasks call
 */
public record OrchestrationModel(List<ProcessModel> processes, List<AdapterModel> adapters) {

	public static final OrchestrationModel NONE = new OrchestrationModel(List.of(), List.of());

	/** @return whether any task has a runtime-LLM slot (the service then depends on LangChain4j) */
	public boolean hasSlots() {
		return processes.stream().flatMap(p -> p.tasks().stream()).anyMatch(TaskModel::routed);
	}

	/** @return every task of every process */
	public List<TaskModel> tasks() {
		return processes.stream().flatMap(p -> p.tasks().stream()).toList();
	}
}
