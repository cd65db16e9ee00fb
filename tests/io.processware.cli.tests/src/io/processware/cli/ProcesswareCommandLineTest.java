package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
		for (String subcommand : new String[] { "validate", "bpmn-check", "bench", "workbench", "help" }) {
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
		assertTrue(run.out().contains("<solution-folder>"), run::toString);
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
		assertEquals("processware validate: not a folder: " + file, run.errLines().get(0));
	}

	@Test
	void validateAFolderWithoutSolutionFilesReportsAProblem() throws IOException {
		Files.writeString(temp.resolve("notes.txt"), "nothing to model here");
		CommandRun run = CommandRun.inProcess("validate", temp.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.errLines().get(0).contains("no solution files found"), run::toString);
	}

	@Test
	void validateListsTheSolutionFilesButNotGeneratedOrHiddenOnes() throws IOException {
		Files.createDirectories(temp.resolve("processes"));
		Files.createDirectories(temp.resolve("generated"));
		Files.createDirectories(temp.resolve(".processware"));
		Files.writeString(temp.resolve("invoice.pws"), "");
		Files.writeString(temp.resolve("processes/approve.bpmn"), "");
		Files.writeString(temp.resolve("generated/copy.bpmn"), "");
		Files.writeString(temp.resolve(".processware/old.rules"), "");
		CommandRun run = CommandRun.inProcess("validate", temp.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("solution models: 1"), run::toString);
		assertTrue(run.out().contains("processes: 1"), run::toString);
		assertTrue(run.out().contains(Path.of("processes", "approve.bpmn").toString()), run::toString);
		assertFalse(run.out().contains("copy.bpmn"), run::toString);
		assertFalse(run.out().contains("rules"), run::toString);
	}

	@Test
	void workbenchIsLeftToTheLaunchScript() {
		CommandRun run = CommandRun.inProcess("workbench");
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.errLines().get(0).contains("./processware workbench"), run::toString);
	}
}
