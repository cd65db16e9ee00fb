package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.generator.GenerationException;
import io.processware.generator.GenerationResult;
import io.processware.generator.QaReport;
import io.processware.generator.targets.GenerationTargets;
import io.processware.generator.targets.SolutionGenerationResult;
import io.processware.generator.targets.SolutionInput;
import io.processware.generator.targets.TargetOutcome;
import io.processware.model.persistence.LoadedSolution;
import io.processware.pipeline.PipelineException;
import io.processware.pipeline.RunResult;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware generate <solution> [--out <dir>]}. */
@Command(name = "generate",
		description = { "Generate the solution's software from its model with every installed generation target: the "
				+ "application (a Java 21 Spring Boot service) and the other artefact kinds, each checked by its own validator.",
				"Only a model without validation errors is generated. Writes only files whose content changed, "
						+ "keeps user code in protected regions (code whose region disappeared goes to <file>.lost), "
						+ "records every file in <out>/.processware/trace.json, then checks each target's output with its validator (QA). ",
				"The output folder is a git repository: each run is one commit on the branch processware/generation (trailers: "
						+ "run id, model hash, template-set versions) with its review record (items per board, queues, phases) in git "
						+ "notes; the current approved version stays current until the run is approved (processware review). "
						+ "Refused while another run holds the output, or when generated files were edited outside protected regions. "
						+ "Exits 1 when the model has errors or QA fails, 2 when generation cannot run." })
public final class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<solution>", description = "a solution folder or its .pws file")
	private Path solution;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output folder (default: the solution's generated/)")
	private Path out;

	@Option(names = "--author", paramLabel = "<email>",
			description = "who changed the model (the run commit's author; four-eyes review keeps them from approving it); "
					+ "default: <user>@localhost")
	private String author;

	@Override
	public Integer call() {
		List<Path> models = SolutionArgument.solutionModels(solution);
		if (models.isEmpty()) {
			throw new CommandFailure(NLS.bind(CliMessages.noSolutionFiles, solution));
		}
		if (models.size() > 1) {
			throw new CommandFailure(NLS.bind(CliMessages.severalSolutionModels, solution, Integer.valueOf(models.size())));
		}
		Path model = models.get(0);
		Path folder = model.toAbsolutePath().getParent();
		PrintWriter outWriter = spec.commandLine().getOut();
		SolutionCheck.Result check = SolutionCheck.run(solution, models, outWriter);
		outWriter.println(check.tally().summary(solution, 1));
		if (check.tally().errors() > 0) {
			spec.commandLine().getErr().println(NLS.bind(CliMessages.notGenerated, solution,
					Integer.valueOf(check.tally().errors())));
			return Integer.valueOf(ExitCode.PROBLEMS.code());
		}
		LoadedSolution loaded = check.models().get(0);
		PipelineSolution target = PipelineSolution.of(model, out);
		Path output = target.output;
		RunResult run;
		try {
			run = target.pipeline().generate(
					new SolutionInput(loaded.solution(), folder, PipelineSolution.modelHash(folder, loaded)),
					GenerationTargets.installed(),
					PipelineSolution.person(loaded.solution(), author != null ? author : PipelineSolution.defaultAuthor()));
		} catch (GenerationException | PipelineException | VersioningException e) {
			throw new CommandFailure(e.getMessage());
		}
		SolutionGenerationResult result = run.generation();
		if (!run.recovered().isEmpty()) {
			outWriter.println(NLS.bind(CliMessages.runRecovered, run.recovered()));
		}
		outWriter.println(NLS.bind(CliMessages.generatedHeader, loaded.solution().getName(), output));
		for (TargetOutcome outcome : result.outcomes()) {
			GenerationResult generated = outcome.result();
			outWriter.println(NLS.bind(CliMessages.generatedSetLine, new Object[] { outcome.target().name(),
					outcome.target().templates().version(), generated.summary() }));
			generated.lostRegions().forEach(lost -> outWriter.println(NLS.bind(CliMessages.lostRegionLine,
					new Object[] { lost.file(), lost.regionId(), lost.lostFile() })));
			generated.kept().forEach(kept -> outWriter.println(NLS.bind(CliMessages.keptFileLine, kept)));
		}
		int exit = ExitCode.OK.code();
		for (TargetOutcome outcome : result.outcomes()) {
			exit = Math.max(exit, qa(outcome.qa(), output, outWriter, spec.commandLine().getErr()));
		}
		for (QaReport treeCheck : result.treeChecks()) {
			exit = Math.max(exit, qa(treeCheck, output, outWriter, spec.commandLine().getErr()));
		}
		RunReport.recorded(run, outWriter);
		return Integer.valueOf(exit);
	}

	private static int qa(QaReport report, Path output, PrintWriter out, PrintWriter err) {
		if (report.passed()) {
			out.println(NLS.bind(CliMessages.qaPassed, report.validator(), Integer.valueOf(report.filesChecked())));
			return ExitCode.OK.code();
		}
		out.println(NLS.bind(CliMessages.qaFailed, report.validator(), Integer.valueOf(report.findings().size())));
		report.findings().forEach(finding -> err.println(NLS.bind(CliMessages.qaFindingLine,
				output.resolve(finding.file()) + (finding.line() > 0 ? ":" + finding.line() : ""), finding.message())));
		return ExitCode.PROBLEMS.code();
	}
}
