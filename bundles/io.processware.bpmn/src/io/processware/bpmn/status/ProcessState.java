package io.processware.bpmn.status;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import io.processware.bpmn.classify.ClassificationRun;
import io.processware.generator.Trace;
import io.processware.model.process.Process;
import io.processware.model.solution.Solution;

/**
 * The multi-state check of one process — defined? generated? human-validated? deployed? — from
 * its tasks' states: a process passes a check when every task does, and a request takes the path
 * of the first check not passed.
 */
public record ProcessState(Process process, List<TaskState> tasks) {

	/** Where a solution's generated output lives, relative to the solution folder. */
	public static final String GENERATED_FOLDER = "generated";

	/**
	 * @param solutionFolder the folder of the solution model; its {@code generated/} output's trace
	 *                       is read when there is one
	 * @throws io.processware.generator.GenerationException when the trace exists but is unreadable
	 */
	public static List<ProcessState> of(Solution solution, Path solutionFolder) {
		Trace trace = Trace.read(solutionFolder.resolve(GENERATED_FOLDER));
		return solution.getProcesses().stream().map(process -> new ProcessState(process,
				ClassificationRun.tasks(process).stream().map(task -> TaskState.of(task, trace)).toList())).toList();
	}

	public boolean defined() {
		return all(TaskState::defined);
	}

	public boolean generated() {
		return all(TaskState::generated);
	}

	public boolean validated() {
		return all(TaskState::validated);
	}

	public boolean deployed() {
		return all(TaskState::deployed);
	}

	/** @return the path a request takes through this process today */
	public RequestPath path() {
		return RequestPath.forChecks(defined(), generated(), validated(), deployed());
	}

	/** @return how many of its tasks pass a check, for "5 of 8" */
	public long count(Predicate<TaskState> check) {
		return tasks.stream().filter(check).count();
	}

	private boolean all(Predicate<TaskState> check) {
		return tasks.stream().allMatch(check);
	}
}
