package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.generator.GenerationException;
import io.processware.generator.GenerationResult;
import io.processware.generator.ModelHash;
import io.processware.generator.application.ApplicationGenerator;
import io.processware.generator.application.ApplicationQa;
import io.processware.model.persistence.LoadedSolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware generate <solution> [--out <dir>]}. */
@Command(name = "generate",
		description = { "Generate the solution's software from its model: a Java 21 Spring Boot service "
				+ "(entities, Flyway schema, REST API, OpenAPI document, tests, configuration per environment).",
				"Only a model without validation errors is generated. Writes only files whose content changed, "
						+ "keeps user code in protected regions (code whose region disappeared goes to <file>.lost), "
						+ "records every file in <out>/.processware/trace.json, then checks the output (QA). "
						+ "Exits 1 when the model has errors or QA fails, 2 when generation cannot run." })
public final class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<solution>", description = "a solution folder or its .pws file")
	private Path solution;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output folder (default: the solution's generated/)")
	private Path out;

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
		Path output = out != null ? out : folder.resolve("generated");
		ApplicationGenerator generator = new ApplicationGenerator();
		GenerationResult result;
		try {
			result = generator.generate(loaded.solution(), folder, ModelHash.of(folder, models), output);
		} catch (GenerationException e) {
			throw new CommandFailure(e.getMessage());
		}
		outWriter.println(NLS.bind(CliMessages.generatedHeader, loaded.solution().getName(), output));
		outWriter.println(NLS.bind(CliMessages.generatedSetLine,
				new Object[] { generator.templates().name(), generator.templates().version(), result.summary() }));
		result.lostRegions().forEach(lost -> outWriter.println(
				NLS.bind(CliMessages.lostRegionLine, new Object[] { lost.file(), lost.regionId(), lost.lostFile() })));
		result.kept().forEach(kept -> outWriter.println(NLS.bind(CliMessages.keptFileLine, kept)));
		return Integer.valueOf(qa(output, outWriter, spec.commandLine().getErr()));
	}

	private static int qa(Path output, PrintWriter out, PrintWriter err) {
		ApplicationQa.Report report = ApplicationQa.report(output);
		if (report.findings().isEmpty()) {
			out.println(NLS.bind(CliMessages.qaPassed, Integer.valueOf(report.filesChecked())));
			return ExitCode.OK.code();
		}
		out.println(NLS.bind(CliMessages.qaFailed, Integer.valueOf(report.findings().size())));
		report.findings().forEach(finding -> err.println(NLS.bind(CliMessages.qaFindingLine,
				output.resolve(finding.file()) + (finding.line() > 0 ? ":" + finding.line() : ""), finding.message())));
		return ExitCode.PROBLEMS.code();
	}
}
