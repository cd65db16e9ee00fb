package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contract: help, version, exit codes and one-line errors. */
class ProcesswareCommandLineTest {

	@TempDir
	Path temp;

	@Test
	void helpListsEverySubcommandAndTheExitCodes() {
		CommandRun run = CommandRun.inProcess("--help");
		assertEquals(0, run.exitCode(), run::toString);
		for (String subcommand : new String[] { "validate", "generate", "trace", "bpmn-check", "classify", "matrix",
				"status", "verify", "review", "runs", "diff", "rollback", "lsp", "bench", "workbench", "help" }) {
			assertTrue(run.out().lines().anyMatch(line -> line.trim().startsWith(subcommand + " ")),
					() -> "--help does not list " + subcommand + ":\n" + run);
		}
		assertTrue(run.out().contains("Exit codes:"), run::toString);
		assertEquals("", run.err());
	}

	@Test
	void subcommandHelpDescribesItsArguments() {
		CommandRun run = CommandRun.inProcess("help", "validate");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("<solution>"), run::toString);
		assertTrue(run.out().contains(".pws"), run::toString);
	}

	@Test
	void versionNamesTheBundleVersionAndTheJvm() {
		CommandRun run = CommandRun.inProcess("--version");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Processware 0.1.0."), run::toString);
		assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run::toString);
	}

	@Test
	void unknownSubcommandIsOneLineAndExitTwo() {
		CommandRun run = CommandRun.inProcess("frobnicate", "x");
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertEquals("processware: unknown command 'frobnicate'; run 'processware --help' for the list of commands",
				run.errLines().get(0));
		assertEquals("", run.out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "--frobnicate", "-z" })
	void unknownOptionIsOneLineAndExitTwo(String option) {
		CommandRun run = CommandRun.inProcess(option);
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).contains(option), run::toString);
	}

	@Test
	void noSubcommandPrintsUsageAndExitsTwo() {
		CommandRun run = CommandRun.inProcess();
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("Usage: processware"), run::toString);
	}

	@Test
	void validateWithoutFolderIsAUsageError() {
		CommandRun run = CommandRun.inProcess("validate");
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).startsWith("processware validate: Missing required parameter"), run::toString);
	}

	@Test
	void validateMissingFolderIsOneLineAndExitTwo() {
		Path missing = temp.resolve("no-such-solution");
		CommandRun run = CommandRun.inProcess("validate", missing.toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertEquals("processware validate: no such folder: " + missing, run.errLines().get(0));
	}

	@Test
	void validateAFileIsOneLineAndExitTwo() throws IOException {
		Path file = Files.writeString(temp.resolve("solution.txt"), "not a folder");
		CommandRun run = CommandRun.inProcess("validate", file.toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("processware validate: not a solution folder or a .pws solution model: " + file, run.errLines().get(0));
	}

	@Test
	void validateAFolderWithoutSolutionFilesReportsAProblem() throws IOException {
		Files.writeString(temp.resolve("notes.txt"), "nothing to model here");
		CommandRun run = CommandRun.inProcess("validate", temp.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.errLines().get(0).contains("no solution files found"), run::toString);
	}

	@Test
	void validateSkipsGeneratedAndHiddenFolders() throws IOException {
		Files.createDirectories(temp.resolve("generated"));
		Files.createDirectories(temp.resolve(".processware"));
		Files.copy(invoiceExample(), temp.resolve("invoice.pws"));
		Files.writeString(temp.resolve("generated/copy.pws"), "not a model");
		Files.writeString(temp.resolve(".processware/old.pws"), "not a model either");
		CommandRun run = CommandRun.inProcess("validate", temp.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(List.of(temp + ": valid (1 solution model(s), 134 elements, 0 warning(s))"), run.out().lines().toList());
	}

	@Test
	void validateTheInvoiceExamplePrintsAOneLineCleanResult() {
		CommandRun run = CommandRun.inProcess("validate", invoiceExample().getParent().toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(1, run.out().lines().count(), run::toString);
		assertTrue(run.out().startsWith(invoiceExample().getParent() + ": valid (1 solution model(s), "), run::toString);
		assertEquals("", run.err());
	}

	@Test
	void validateOneSolutionModelFile() {
		CommandRun run = CommandRun.inProcess("validate", invoiceExample().toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith(invoiceExample() + ": valid"), run::toString);
	}

	@Test
	void validateAMissingModelFileIsOneLineAndExitTwo() {
		Path missing = temp.resolve("missing.pws");
		CommandRun run = CommandRun.inProcess("validate", missing.toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(List.of("processware validate: no such file: " + missing), run.errLines());
	}

	@Test
	void validateTheBrokenSolutionPrintsEveryProblemAndExitsOne() {
		Path broken = ScriptRun.repository().resolve("tests/io.processware.model.tests/fixtures/broken-solution");
		Path file = broken.resolve("broken-solution.pws");
		CommandRun run = CommandRun.inProcess("validate", broken.toString());
		assertEquals(1, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.contains(file + ":onboarding: error: has 2 start events (onboarding.web-form, onboarding.call); "
				+ "a process or sub-process needs exactly one [process.single-start]"), run::toString);
		assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote(file + ":onboarding.enrich: error: 'ruleSets' refers to "
				+ "'enrichment-rules', which is not in the solution (line ") + "\\d+\\) \\[model.unknown-reference\\]"), lines.get(0));
		assertTrue(lines.contains(file + ":onboarding.chase: warning: 'Chase customer' has no determinism yet; classify it "
				+ "(deterministic, partial, non-deterministic) before generating [task.unclassified]"), run::toString);
		assertEquals(broken + ": 24 error(s), 2 warning(s) in 1 solution model(s), 42 elements", lines.get(lines.size() - 1));
		assertEquals("", run.err());
	}

	@Test
	void validateACorruptedModelIsOneLineWithFileAndLineAndExitTwo() throws IOException {
		Path file = Files.writeString(temp.resolve("corrupted.pws"),
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<solution:Solution xmi:version=\"2.0\"\n  <domains>\n");
		CommandRun run = CommandRun.inProcess("validate", temp.toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).startsWith("processware validate: " + file + ":3:"), run::toString);
		assertTrue(run.errLines().get(0).contains("not well-formed XML"), run::toString);
		assertFalse(run.err().contains("Exception"), run::toString);
	}

	@Test
	void benchModelMeasuresASmallSyntheticSolution() {
		CommandRun run = CommandRun.inProcess("bench", "model", "--entities", "10", "--attributes", "3", "--processes", "4",
				"--nodes", "11", "--runs", "2");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Synthetic solution: 10 entities x 3 attributes, 4 processes x 11 nodes"), run::toString);
		for (String measure : new String[] { "load", "validate", "save" }) {
			assertTrue(run.out().lines().anyMatch(line -> line.startsWith(measure + " ")), run::toString);
		}
		assertTrue(run.out().contains("checks: 0 validation problem(s), saves byte-identical: yes"), run::toString);
	}

	@Test
	void benchGenerateMeasuresASmallSyntheticSolution() {
		CommandRun run = CommandRun.inProcess("bench", "generate", "--entities", "6", "--attributes", "3", "--processes",
				"2", "--nodes", "4", "--runs", "2");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("full generation "), run::toString);
		assertTrue(run.out().contains("files written after a one-attribute change: "
				+ "src-gen/main/java/app/syntheticbenchmark/domain/Entity4.java"), run::toString);
	}

	@Test
	void benchWithoutWhatToMeasurePrintsUsageAndExitsTwo() {
		CommandRun run = CommandRun.inProcess("bench");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("Usage: processware bench"), run::toString);
		assertTrue(run.err().contains("model"), run::toString);
	}

	private static Path invoiceExample() {
		return ScriptRun.repository().resolve("examples/invoice-processing/invoice-processing.pws");
	}

	@Test
	void workbenchIsLeftToTheLaunchScript() {
		CommandRun run = CommandRun.inProcess("workbench");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.errLines().get(0).contains("./processware workbench"), run::toString);
	}
}
