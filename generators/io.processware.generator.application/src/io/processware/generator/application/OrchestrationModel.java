package io.processware.generator.application;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.model.solution.Solution;

/**
 * The processes of a solution as the generated service orchestrates them.
 *
 * @param solution  the solution
 * @param processes the processes, in model order
 * @param adapters  the adapters their service and send tasks call
 */
public record OrchestrationModel(Solution solution, List<ProcessModel> processes, List<AdapterModel> adapters)
		implements ModelView {

	@Override
	public Object element() {
		return solution;
	}

	/** @return whether any task has a runtime-LLM slot (the service then depends on LangChain4j) */
	public boolean hasSlots() {
		return processes.stream().flatMap(p -> p.tasks().stream()).anyMatch(TaskModel::routed);
	}

	/** @return every task of every process */
	public List<TaskModel> tasks() {
		return processes.stream().flatMap(p -> p.tasks().stream()).toList();
	}
}
