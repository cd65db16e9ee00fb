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
 * @param hasSlots  whether any task has a runtime-LLM slot (the service then depends on LangChain4j); a
 *                  component, not a method: a template calling a method depends on everything the
 *                  record holds, and the build file, the configuration and the API would then be
 *                  rendered again after any change to any process (and the engine would walk all their paths)
 */
public record OrchestrationModel(Solution solution, List<ProcessModel> processes, List<AdapterModel> adapters,
		boolean hasSlots) implements ModelView {

	public OrchestrationModel(Solution solution, List<ProcessModel> processes, List<AdapterModel> adapters) {
		this(solution, processes, adapters,
				processes.stream().flatMap(p -> p.tasks().stream()).anyMatch(TaskModel::routed));
	}

	@Override
	public Object element() {
		return solution;
	}

	/** @return every task of every process */
	public List<TaskModel> tasks() {
		return processes.stream().flatMap(p -> p.tasks().stream()).toList();
	}
}
