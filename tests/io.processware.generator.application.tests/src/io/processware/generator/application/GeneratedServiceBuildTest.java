package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.solution.Solution;

/**
 * The proof that counts: the service generated for the invoice example is built with Maven and its
 * generated tests pass (entities, Flyway schema validated by Hibernate, REST API, OpenAPI document,
 * one test per decision-table row, one flow test per path of every process, the process API, the
 * runtime-LLM router against a real HTTP server), with the user's code in a protected region
 * compiled along. A second process built in code (supplier onboarding: parallel fork and join, an
 * inclusive gateway, a loop) runs in the same service.
 */
class GeneratedServiceBuildTest {

	private static final Pattern SUREFIRE = Pattern.compile("tests=\"(\\d+)\" errors=\"(\\d+)\" skipped=\"(\\d+)\" failures=\"(\\d+)\"");

	@TempDir
	Path temp;

	@Test
	void theGeneratedServiceBuildsAndItsTestsPass() throws Exception {
		Path out = temp.resolve("invoice-processing");
		Path solutionFolder = temp.resolve("solution");
		copy(SampleProcesses.exampleFolder(), solutionFolder);
		// decision tables of every hit policy: their classes and one generated test per row are built too
		Files.copy(Path.of(System.getProperty("processware.repository"))
				.resolve("tests/io.processware.generator.application.tests/fixtures/hit-policies.rules"),
				solutionFolder.resolve("rules/hit-policies.rules"));
		Solution solution = SampleProcesses.invoiceExample(solutionFolder);
		solution.getProcesses().add(SampleProcesses.onboarding());
		solution.getProcesses().add(SampleProcesses.supplierQuery());
		ApplicationGenerator generator = new ApplicationGenerator();
		generator.generate(solution, solutionFolder, "hash-1", out);
		Path supplier = out.resolve("src-gen/main/java/app/invoiceprocessing/domain/Supplier.java");
		Files.writeString(supplier, Files.readString(supplier).replace("// Start of user code Supplier.members\n",
				"// Start of user code Supplier.members\n    public boolean isDomestic() { return vatNumber != null && vatNumber.startsWith(\"DE\"); }\n"));
		generator.generate(solution, solutionFolder, "hash-1", out);
		assertTrue(Files.readString(supplier).contains("isDomestic"), "user code survived regeneration");

		Path log = temp.resolve("maven.log");
		Path repository = Path.of(System.getProperty("processware.repository"));
		ProcessBuilder build = new ProcessBuilder(repository.resolve("mvnw").toString(), "-B", "-ntp", "-f",
				out.resolve("pom.xml").toString(), "verify").redirectErrorStream(true).redirectOutput(log.toFile())
				.directory(out.toFile());
		// the project's own Maven Wrapper on the JDK running this test (21+): what a user's build would do
		build.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process maven = build.start();
		maven.getOutputStream().close();
		assertTrue(maven.waitFor(15, TimeUnit.MINUTES), "the generated service's build did not finish");
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertEquals(0, maven.exitValue(), () -> tail(output));

		ServiceModel service = ServiceModel.of(solution, RulesFiles.of(solutionFolder));
		ProcessModel query = service.orchestration().processes().stream().filter(p -> p.key().equals("supplier-query"))
				.findFirst().orElseThrow();
		assertEquals(List.of(false, true, true), query.paths().stream().map(PathModel::drivable).toList(),
				"without a model the dispute's assessment is always rejected: only its error event's path can be taken");
		int tests = 0;
		try (Stream<Path> reports = Files.list(out.resolve("target/surefire-reports"))) {
			for (Path report : reports.filter(p -> p.toString().endsWith(".xml")).toList()) {
				Matcher counts = SUREFIRE.matcher(Files.readString(report));
				assertTrue(counts.find(), report.toString());
				tests += Integer.parseInt(counts.group(1));
				assertEquals("0", counts.group(2), report + " has errors");
				assertEquals(report.toString().endsWith("SupplierQueryProcessFlowTest.xml") ? "1" : "0", counts.group(3),
						report + " skips tests");
				assertEquals("0", counts.group(4), report + " has failures");
			}
		}
		assertTrue(tests >= 3 * 2 + 1, "every entity's API tests and the OpenAPI test ran: " + tests);
		Path rowTests = out.resolve("target/surefire-reports/TEST-app.invoiceprocessing.rules.PriorityRouteTableTest.xml");
		Matcher rows = SUREFIRE.matcher(Files.readString(rowTests));
		assertTrue(rows.find() && Integer.parseInt(rows.group(1)) == 4, "one test per row of priority-route");

		for (ProcessModel process : service.orchestration().processes()) {
			assertEquals(process.paths().size() + (process.receiveAfterStart() == null ? 0 : 1), testsIn(out, "process."
					+ process.packageName() + "." + process.className() + "FlowTest"),
					"one flow test per path of " + process.key() + " (and message correlation's where it waits for one)");
		}
		assertEquals(3, testsIn(out, "process.ProcessApiTest"));
		assertEquals(8, testsIn(out, "llm.LlmRouterTest"));
		Path adapter = out.resolve("src/main/java/app/invoiceprocessing/adapters/SapEccFinanceAdapterImpl.java");
		assertTrue(Files.isRegularFile(adapter), "the adapter's implementation is the user's, under src/");
	}

	private static int testsIn(Path out, String testClass) throws java.io.IOException {
		Matcher counts = SUREFIRE.matcher(Files.readString(
				out.resolve("target/surefire-reports/TEST-app.invoiceprocessing." + testClass + ".xml")));
		assertTrue(counts.find(), testClass);
		return Integer.parseInt(counts.group(1));
	}

	private static void copy(Path from, Path to) throws java.io.IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}

	private static String tail(String output) {
		List<String> lines = output.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
	}
}
