package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.bpmn.status.ProcessState;
import io.processware.bpmn.status.StatusReport;
import io.processware.cli.ExitCode;
import io.processware.generator.GenerationException;
import io.processware.model.persistence.LoadedSolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code processware status <solution>}: the multi-state check and today's request path per process. */
@Command(name = "status",
		description = { "Show, per process and task, the multi-state check (defined? generated? human-validated? "
				+ "deployed?) and the path a request takes today: execute static code, runtime LLM while generation "
				+ "is queued, previous validated version while review is pending, staged version while deployment "
				+ "is queued, or business definition required.",
				"Reads the tasks' implementation statuses and, when there is one, the generated output's trace "
						+ "(generated/.processware/trace.json beside the solution model)." })
public final class StatusCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ReportOptions options;

	@Override
	public Integer call() {
		var tableFormat = options.tableFormat();
		for (LoadedSolution model : SolutionModels.load(options.solution)) {
			try {
				spec.commandLine().getOut().print(StatusReport.render(
						ProcessState.of(model.solution(), model.file().toAbsolutePath().getParent()), tableFormat));
			} catch (GenerationException unreadableTrace) {
				throw new CommandFailure(unreadableTrace.getMessage());
			}
		}
		spec.commandLine().getOut().flush(); // print() does not flush like println() does
		return Integer.valueOf(ExitCode.OK.code());
	}
}
