package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real thing: {@code ./processware} starting the materialised product's headless application
 * in its own JVM. The build materialises the product before this suite runs; the tests forbid the
 * script to rebuild it.
 */
class LaunchScriptTest {

	private static final Map<String, String> NO_BUILD = Map.of("PROCESSWARE_NO_BUILD", "1",
			"JAVA_HOME", System.getProperty("java.home"));

	@BeforeAll
	static void productIsMaterialised() {
		assertTrue(Files.isDirectory(ScriptRun.product().resolve("plugins")),
				"no product at " + ScriptRun.product() + ": the reactor builds it before this suite");
	}

	private static CommandRun processware(String... args) throws IOException, InterruptedException {
		String[] command = new String[args.length + 1];
		command[0] = "./processware";
		System.arraycopy(args, 0, command, 1, args.length);
		return ScriptRun.run(NO_BUILD, command);
	}

	@Test
	void versionComesFromTheProduct() throws Exception {
		CommandRun run = processware("--version");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Processware 0.1.0."), run::toString);
	}

	@Test
	void helpDocumentsTheSubcommands() throws Exception {
		CommandRun run = processware("--help");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("validate") && run.out().contains("workbench"), run::toString);
	}

	@Test
	void unknownSubcommandExitsTwoWithOneLineAndNoStackTrace() throws Exception {
		CommandRun run = processware("frobnicate");
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertFalse(run.err().contains("Exception"), run::toString);
	}

	@Test
	void missingFolderExitsTwoWithOneLine() throws Exception {
		CommandRun run = processware("validate", "examples/no-such-solution");
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(java.util.List.of("processware validate: no such folder: examples/no-such-solution"),
				run.errLines(), run::toString);
	}

	@Test
	void validatesTheBundledExample() throws Exception {
		CommandRun run = processware("validate", "examples/invoice-processing");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("invoice-processing"), run::toString);
	}

	@Test
	void validatingTheBrokenSolutionExitsOneWithDiagnosticsAndNoStackTrace() throws Exception {
		CommandRun run = processware("validate", "tests/io.processware.model.tests/fixtures/broken-solution");
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("broken-solution.pws:onboarding.orphan: error: "), run::toString);
		assertFalse(run.err().contains("Exception"), run::toString);
	}

	@Test
	void refusesToRunWithoutAProductWhenBuildingIsForbidden() throws Exception {
		Path emptyCopy = Files.createTempDirectory("processware-script");
		Files.copy(ScriptRun.repository().resolve("processware"), emptyCopy.resolve("processware"));
		Files.createDirectories(emptyCopy.resolve("releng/scripts"));
		Files.copy(ScriptRun.repository().resolve("releng/scripts/jdk.sh"), emptyCopy.resolve("releng/scripts/jdk.sh"));
		CommandRun run = ScriptRun.run(NO_BUILD, "bash", emptyCopy.resolve("processware").toString(), "--version");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.errLines().get(0).startsWith("processware: no product at "), run::toString);
	}
}
