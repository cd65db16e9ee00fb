package io.processware.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.processware.generator.QaReport;
import io.processware.generator.targets.qa.Credentials;
import io.processware.model.solution.QualityCriterion;
import io.processware.model.solution.QualityGate;

/**
 * Evaluates a solution's quality gates on a generated output folder, criterion by criterion, with
 * the metric each criterion names ({@link GateMetric}). Building and testing the generated service
 * is real and slow (Maven), so the caller chooses which metrics to evaluate; the others are
 * recorded as skipped.
 */
public final class QualityGateEvaluation {

	private static final Pattern SUREFIRE = Pattern.compile("tests=\"(\\d+)\" errors=\"(\\d+)\" skipped=\"(\\d+)\" failures=\"(\\d+)\"");
	private static final Set<String> BUILD_FILES = Set.of("pom.xml", "build.gradle", "build.gradle.kts", "package.json");

	private final Path folder;
	private final List<QaReport> qaReports;
	private final Set<GateMetric> metrics;
	private final List<String> maven;
	private final Map<GateMetric, Measure> measured = new EnumMap<>(GateMetric.class);

	private record Measure(double score, String evidence) {
	}

	/**
	 * @param folder    the generated output to measure
	 * @param qaReports the validators' reports on it
	 * @param metrics   the metrics to evaluate; the others are skipped
	 * @param maven     the Maven command (for example {@code mvn} or a wrapper script), for build and tests
	 */
	public QualityGateEvaluation(Path folder, List<QaReport> qaReports, Set<GateMetric> metrics, List<String> maven) {
		this.folder = folder;
		this.qaReports = List.copyOf(qaReports);
		this.metrics = Set.copyOf(metrics);
		this.maven = List.copyOf(maven);
	}

	public GateResult evaluate(QualityGate gate) {
		List<CriterionScore> scores = new ArrayList<>();
		for (QualityCriterion criterion : gate.getCriteria()) {
			Optional<GateMetric> metric = GateMetric.of(criterion);
			if (metric.isEmpty()) {
				scores.add(new CriterionScore(criterion.getId(), criterion.getName(), null, criterion.getWeight(),
						criterion.getThreshold(), 0, true, "its metric '" + criterion.getMetric()
								+ "' names nothing Processware measures (build, tests, validators, secrets, documentation)"));
			} else if (!metrics.contains(metric.get())) {
				scores.add(new CriterionScore(criterion.getId(), criterion.getName(), metric.get(), criterion.getWeight(),
						criterion.getThreshold(), 0, false, "not evaluated in this run (" + metric.get().name().toLowerCase(java.util.Locale.ROOT) + ")"));
			} else {
				Measure measure = measured.computeIfAbsent(metric.get(), this::measure);
				scores.add(new CriterionScore(criterion.getId(), criterion.getName(), metric.get(), criterion.getWeight(),
						criterion.getThreshold(), measure.score(), true, measure.evidence()));
			}
		}
		return new GateResult(gate.getId(), gate.getName(), gate.getPassThreshold(), scores);
	}

	private Measure measure(GateMetric metric) {
		return switch (metric) {
		case VALIDATORS -> validators();
		case SECRETS -> secrets();
		case DOCUMENTATION -> documentation();
		case BUILD -> build();
		case TESTS -> tests();
		};
	}

	private Measure validators() {
		if (qaReports.isEmpty()) {
			return new Measure(0, "no validator ran");
		}
		long passed = qaReports.stream().filter(QaReport::passed).count();
		List<String> failed = qaReports.stream().filter(report -> !report.passed())
				.map(report -> report.validator() + " (" + report.findings().size() + " finding(s))").toList();
		return new Measure((double) passed / qaReports.size(), passed + " of " + qaReports.size() + " validator(s) passed"
				+ (failed.isEmpty() ? "" : "; failed: " + String.join(", ", failed)));
	}

	/** The same rules as the secret scan of every run ({@link Credentials}), over every file of the folder. */
	private Measure secrets() {
		QaReport scan = Credentials.scan("secrets", folder, files().stream().map(file -> folder.relativize(file).toString()).toList());
		List<String> findings = scan.findings().stream().map(finding -> finding.file() + ":" + finding.line()).toList();
		return findings.isEmpty() ? new Measure(1, "no secret in " + scan.filesChecked() + " file(s)")
				: new Measure(0, findings.size() + " possible secret(s): " + String.join(", ", findings.subList(0, Math.min(5, findings.size()))));
	}

	private Measure documentation() {
		List<Path> projects = files().stream().filter(file -> BUILD_FILES.contains(file.getFileName().toString()))
				.map(Path::getParent).distinct().toList();
		if (projects.isEmpty()) {
			return new Measure(Files.exists(folder.resolve("README.md")) ? 1 : 0, "no project; README.md at the root "
					+ (Files.exists(folder.resolve("README.md")) ? "present" : "missing"));
		}
		List<String> missing = projects.stream().filter(project -> !Files.exists(project.resolve("README.md")))
				.map(project -> folder.relativize(project).toString()).map(path -> path.isEmpty() ? "." : path).toList();
		return new Measure((double) (projects.size() - missing.size()) / projects.size(), (projects.size() - missing.size())
				+ " of " + projects.size() + " project(s) documented" + (missing.isEmpty() ? "" : "; no README.md in " + missing));
	}

	private Measure build() {
		MavenRun run = maven("test-compile");
		return run.exit == 0 ? new Measure(1, "mvn test-compile succeeded")
				: new Measure(0, "mvn test-compile failed (exit " + run.exit + "): " + run.lastLines);
	}

	private Measure tests() {
		MavenRun run = maven("verify");
		int tests = 0;
		int failed = 0;
		Path reports = folder.resolve("target/surefire-reports");
		if (Files.isDirectory(reports)) {
			try (Stream<Path> list = Files.list(reports)) {
				for (Path report : list.filter(path -> path.toString().endsWith(".xml")).toList()) {
					Matcher counts = SUREFIRE.matcher(Files.readString(report));
					if (counts.find()) {
						tests += Integer.parseInt(counts.group(1)) - Integer.parseInt(counts.group(3));
						failed += Integer.parseInt(counts.group(2)) + Integer.parseInt(counts.group(4));
					}
				}
			} catch (IOException e) {
				return new Measure(0, "cannot read the test reports: " + e.getMessage());
			}
		}
		if (tests == 0) {
			return new Measure(0, "no test ran (mvn verify exit " + run.exit + "): " + run.lastLines);
		}
		return new Measure((double) (tests - failed) / tests, (tests - failed) + " of " + tests + " generated test(s) passed");
	}

	private record MavenRun(int exit, String lastLines) {
	}

	private MavenRun maven(String phase) {
		if (!Files.exists(folder.resolve("pom.xml"))) {
			return new MavenRun(1, "no pom.xml in " + folder);
		}
		List<String> command = new ArrayList<>(maven);
		command.addAll(List.of("-B", "-ntp", "-q", "-f", folder.resolve("pom.xml").toString(), phase));
		Path log = folder.resolve("target/processware-gate-" + phase + ".log");
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
					.redirectOutput(log.toFile()).start();
			process.getOutputStream().close();
			if (!process.waitFor(30, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return new MavenRun(124, "Maven did not finish in 30 minutes");
			}
			List<String> lines = Files.readAllLines(log);
			return new MavenRun(process.exitValue(),
					String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
		} catch (IOException e) {
			return new MavenRun(127, "cannot run " + String.join(" ", maven) + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new MavenRun(130, "interrupted");
		}
	}

	private List<Path> cachedFiles;

	private List<Path> files() {
		if (cachedFiles == null) {
			try (Stream<Path> walk = Files.walk(folder)) {
				cachedFiles = walk.filter(Files::isRegularFile).filter(file -> {
					Path relative = folder.relativize(file);
					String first = relative.getName(0).toString();
					return !first.equals(".git") && !first.equals("target") && !first.equals(".processware");
				}).sorted().toList();
			} catch (IOException e) {
				throw new PipelineException(folder + ": cannot list the generated files: " + e.getMessage(), e);
			}
		}
		return cachedFiles;
	}
}
