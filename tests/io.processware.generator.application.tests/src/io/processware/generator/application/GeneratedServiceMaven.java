package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Maven on a generated service with the project's own Maven Wrapper on the JDK running the
 * tests (21+), as a user's build would, and reads the Surefire reports it leaves.
 */
final class GeneratedServiceMaven {

	private static final Pattern SUREFIRE = Pattern
			.compile("tests=\"(\\d+)\" errors=\"(\\d+)\" skipped=\"(\\d+)\" failures=\"(\\d+)\"");

	/** What Maven did: its exit code and its log. */
	record Run(int exitCode, String log) {

		String tail() {
			List<String> lines = log.lines().toList();
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
		}
	}

	/** A test class's counts in its Surefire report. */
	record Report(String testClass, int tests, int errors, int failures) {
	}

	private GeneratedServiceMaven() {
	}

	static Run run(Path service, Path log, String... goals) throws IOException, InterruptedException {
		Path repository = Path.of(System.getProperty("processware.repository"));
		List<String> command = new ArrayList<>(List.of(repository.resolve("mvnw").toString(), "-B", "-ntp", "-f",
				service.resolve("pom.xml").toString()));
		command.addAll(List.of(goals));
		ProcessBuilder build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
				.directory(service.toFile());
		build.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process maven = build.start();
		maven.getOutputStream().close();
		assertTrue(maven.waitFor(15, TimeUnit.MINUTES), "the generated service's build did not finish");
		return new Run(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	/** @return every Surefire report of the service's last test run */
	static List<Report> reports(Path service) throws IOException {
		List<Report> reports = new ArrayList<>();
		try (var files = Files.list(service.resolve("target/surefire-reports"))) {
			for (Path file : files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
				Matcher counts = SUREFIRE.matcher(Files.readString(file));
				assertTrue(counts.find(), file.toString());
				String name = file.getFileName().toString();
				reports.add(new Report(name.substring("TEST-".length(), name.length() - ".xml".length()),
						Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)),
						Integer.parseInt(counts.group(4))));
			}
		}
		return reports;
	}

	static Report report(Path service, String testClass) throws IOException {
		return reports(service).stream().filter(r -> r.testClass().equals(testClass)).findFirst()
				.orElseThrow(() -> new AssertionError("no Surefire report for " + testClass));
	}
}
