package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's business-rules side: validate reports rules problems, lsp and bench rules are listed. */
class RulesCommandsTest {

	@TempDir
	Path temp;

	private static Path example() {
		return Path.of(System.getProperty("processware.repository", "../..")).resolve("examples/invoice-processing");
	}

	@Test
	void helpListsTheLanguageServerAndTheRulesBenchmark() {
		assertTrue(CommandRun.inProcess("--help").out().lines().anyMatch(line -> line.trim().startsWith("lsp ")));
		assertTrue(CommandRun.inProcess("help", "bench").out().lines().anyMatch(line -> line.trim().startsWith("rules ")));
	}

	@Test
	void validateReportsRulesProblemsWithLineAndColumn() throws IOException {
		Files.copy(example().resolve("invoice-processing.pws"), temp.resolve("invoice-processing.pws"));
		Files.createDirectories(temp.resolve("rules"));
		Files.writeString(temp.resolve("rules/wrong.rules"), """
				import "../invoice-processing.pws"
				given invoice : finance.invoice
				rule r for invoice-to-payment.validate-invoce when true then reject x "y"
				""");
		CommandRun run = CommandRun.inProcess("validate", temp.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains(temp.resolve("rules/wrong.rules") + ":3:12: error: unknown task 'invoice-to-payment.validate-invoce'"),
				run::toString);
	}

	@Test
	void aFolderOfRulesFilesAloneIsValidatedToo() {
		Path broken = Path.of(System.getProperty("processware.repository", "../.."))
				.resolve("tests/io.processware.rules.tests/fixtures/broken");
		CommandRun run = CommandRun.inProcess("validate", broken.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith(broken.resolve("rules/broken.rules") + ":")
				&& line.matches(".*broken\\.rules:\\d+:\\d+: error: .*")), run::toString);
		assertTrue(run.out().contains("in 0 solution model(s)"), run::toString);
	}
}
