package io.processware.bpmn.status;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Predicate;

import io.processware.bpmn.matrix.TableFormat;

/** The request-path status written for people: per process its checks and path, then its tasks. */
public final class StatusReport {
	private static final List<String> HEADER = List.of("Task", "Defined", "Generated", "Human-validated", "Deployed",
			"Request path today");

	private StatusReport() {
	}

	public static String render(List<ProcessState> processes, TableFormat format) {
		StringJoiner out = new StringJoiner("\n");
		for (ProcessState state : processes) {
			String title = "Process " + state.process().getName() + " (" + state.process().getId() + "): "
					+ state.path().label();
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of("(process)", check(state, TaskState::defined), check(state, TaskState::generated),
					check(state, TaskState::validated), check(state, TaskState::deployed), state.path().label()));
			for (TaskState task : state.tasks()) {
				rows.add(List.of(task.task().getName(), yesNo(task.defined()), yesNo(task.generated())
						+ (task.generatedFiles().isEmpty() ? "" : " (" + task.generatedFiles().size() + " files)"),
						yesNo(task.validated()), yesNo(task.deployed()), task.path().label()));
			}
			out.add(format.render(title, HEADER, rows));
		}
		return out.toString();
	}

	/** "yes", or "no: 3 of 8" naming how far the process is. */
	private static String check(ProcessState state, Predicate<TaskState> check) {
		long passed = state.count(check);
		return passed == state.tasks().size() ? "yes"
				: "no: " + passed + " of " + state.tasks().size() + " tasks";
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}
}
