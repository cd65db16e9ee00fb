package io.processware.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.bpmn.status.ProcessState;
import io.processware.bpmn.status.StatusReport;
import io.processware.cli.ExitCode;
import io.processware.generator.GenerationException;
import io.processware.model.persistence.LoadedSolution;
import io.processware.pipeline.Pipeline;
import io.processware.pipeline.PipelineException;
import io.processware.versioning.SolutionRepository;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code processware status <solution>}: the multi-state check and today's request path per process. */
@Command(name = "status",
		description = { "Show, per process and task, the multi-state check (defined? generated? human-validated? "
				+ "deployed?) and the path a request takes today: execute static code, runtime LLM while generation "
				+ "is queued, previous validated version while review is pending, staged version while deployment "
				+ "is queued, or business definition required. Then the current approved version of the generated "
				+ "solution (what requests use while a newer run is pending review) and the newest run's state.",
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
				versions(model.file().toAbsolutePath().getParent().resolve("generated"));
			} catch (GenerationException | PipelineException | VersioningException unreadable) {
				throw new CommandFailure(unreadable.getMessage());
			}
		}
		spec.commandLine().getOut().flush(); // print() does not flush like println() does
		return Integer.valueOf(ExitCode.OK.code());
	}

	/** The output repository's current approved version and newest run; nothing when never generated. */
	private void versions(Path output) {
		if (!SolutionRepository.exists(output)) {
			return;
		}
		Pipeline pipeline = Pipeline.of(output);
		spec.commandLine().getOut().println(RunReport.current(pipeline.currentApproved().orElse(null)));
		List<Pipeline.RunView> runs = pipeline.runs();
		if (!runs.isEmpty() && runs.get(0).version() == null) {
			spec.commandLine().getOut().println(NLS.bind(CliMessages.statusNewestRun, runs.get(0).commit().runId(),
					RunReport.status(runs.get(0))));
		}
	}
}
