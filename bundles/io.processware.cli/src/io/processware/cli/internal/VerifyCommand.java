package io.processware.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.generator.GenerationException;
import io.processware.generator.targets.GenerationTargets;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.persistence.LoadedSolution;
import io.processware.pipeline.GateMetric;
import io.processware.pipeline.PipelineException;
import io.processware.pipeline.Verification;
import io.processware.pipeline.VerificationReport;
import io.processware.versioning.VersioningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware verify <solution>}: the check for users' CI pipelines. */
@Command(name = "verify", description = { "Check a solution in CI: validates the model, regenerates it into a temporary "
		+ "folder and fails (exit 1) when the committed generated output differs from what the model produces (drift; user "
		+ "code in protected regions is not drift), when a validator or a quality gate fails, or when a board's approval is "
		+ "missing for the artefacts the newest run changed. Writes a JUnit XML report.",
		"Quality criteria are measured by the metric they name: build (mvn test-compile of the generated service), tests "
				+ "(mvn verify, share of tests passing), validators, secrets, documentation. Building and testing take "
				+ "minutes: --criteria chooses which to evaluate (default all); the others are reported as skipped and do "
				+ "not count in the gate's weights. Scores are recorded in the newest run's review record." })
public final class VerifyCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<solution>", description = "a solution folder or its .pws file")
	private Path solution;

	@Option(names = "--out", paramLabel = "<dir>", description = "the output repository (default: the solution's generated/)")
	private Path out;

	@Option(names = "--criteria", split = ",", paramLabel = "<metric>",
			description = "the metrics to evaluate: build, tests, validators, secrets, documentation (default: all)")
	private List<String> criteria;

	@Option(names = "--junit", paramLabel = "<file>", defaultValue = "target/processware-verify.xml",
			description = "where to write the JUnit XML report (default: ${DEFAULT-VALUE})")
	private Path junit;

	@Option(names = "--maven", paramLabel = "<command>",
			description = "the Maven command for build and tests (default: $PROCESSWARE_MAVEN, else mvn)")
	private String maven;

	@Override
	public Integer call() {
		PrintWriter writer = spec.commandLine().getOut();
		PipelineSolution target = PipelineSolution.of(solution, out);
		VerificationReport report = new VerificationReport("processware verify " + solution);
		SolutionCheck.Result check = SolutionCheck.run(solution, List.of(target.model), writer);
		if (check.tally().errors() > 0) {
			report.fail("model", "validation", NLS.bind(CliMessages.notGenerated, solution, Integer.valueOf(check.tally().errors())));
		} else {
			report.pass("model", "validation");
			LoadedSolution loaded = check.models().get(0);
			try {
				new Verification(target.pipeline(), metrics(), mavenCommand()).verify(
						new SolutionInput(loaded.solution(), target.folder, PipelineSolution.modelHash(target.folder, loaded)),
						GenerationTargets.installed(), report);
			} catch (GenerationException | PipelineException | VersioningException e) {
				throw new CommandFailure(e.getMessage());
			}
		}
		for (VerificationReport.Check item : report.checks()) {
			String verdict = item.failed() ? CliMessages.verifyFailed : item.skipped() != null ? CliMessages.verifySkipped
					: CliMessages.verifyPassed;
			writer.println(NLS.bind(CliMessages.verifyLine, new Object[] { verdict, item.group(), item.name() }));
			if (item.failed()) {
				item.failure().lines().forEach(line -> spec.commandLine().getErr().println("  " + line));
			}
		}
		report.writeJUnit(junit);
		writer.println(NLS.bind(CliMessages.verifyJUnit, junit));
		return Integer.valueOf(report.passed() ? ExitCode.OK.code() : ExitCode.PROBLEMS.code());
	}

	private Set<GateMetric> metrics() {
		if (criteria == null || criteria.isEmpty()) {
			return EnumSet.allOf(GateMetric.class);
		}
		try {
			return EnumSet.copyOf(criteria.stream().map(GateMetric::named).toList());
		} catch (PipelineException unknown) {
			throw new CommandFailure(unknown.getMessage());
		}
	}

	private List<String> mavenCommand() {
		String command = maven != null ? maven : System.getenv().getOrDefault("PROCESSWARE_MAVEN", "mvn");
		return Arrays.asList(command.trim().split("\\s+"));
	}
}
