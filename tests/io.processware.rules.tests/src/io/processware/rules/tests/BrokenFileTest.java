package io.processware.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.rules.workspace.RulesValidation;

/**
 * A deliberately broken rules file (fixtures/broken/rules/broken.rules) reports exactly the expected
 * diagnostics, each at its line and column, in the form the command line prints.
 */
class BrokenFileTest {

	@TempDir
	Path temp;

	@Test
	void brokenFileReportsEveryProblemWhereItIs() throws IOException {
		Path folder = RulesFixture.folder(temp);
		Path fixture = RulesFixture.repository().resolve("tests/io.processware.rules.tests/fixtures/broken/rules/broken.rules");
		Files.copy(fixture, folder.resolve("rules/broken.rules"));
		List<String> problems = RulesValidation.validate(folder).stream().map(problem -> problem.format(folder)).toList();
		assertEquals(List.of(
				"rules/broken.rules:4:15: error: unknown model element 'finance.invoise'",
				"rules/broken.rules:6:10: error: computed value a depends on itself: a -> b -> a",
				"rules/broken.rules:7:10: error: computed value b depends on itself: b -> a -> b",
				"rules/broken.rules:9:13: error: unknown task 'invoice-to-payment.validate-invoce'",
				"rules/broken.rules:15:7: warning: rule r2 never fires: its condition can never hold",
				"rules/broken.rules:15:63: error: mixes currencies: this condition uses EUR and USD (amounts are never converted implicitly)",
				"rules/broken.rules:17:24: error: 'APPROVD' is not a value of InvoiceStatus (RECEIVED, CAPTURED, VALIDATED, REJECTED, APPROVED, PAID)",
				"rules/broken.rules:24:6: warning: rule r4 is unreachable: rule r3 runs first, matches every case it matches, and rejects",
				"rules/broken.rules:30:7: error: cannot apply '+' to a money and a duration",
				"rules/broken.rules:34:7: warning: no row matches amount = 5000.01 EUR",
				"rules/broken.rules:39:2: error: rows 1 and 2 overlap in a UNIQUE table, e.g. for amount = 900 EUR",
				"rules/broken.rules:41:10: error: LLM slot s has no output schema: declare what it returns, e.g. returns { answer : text }",
				"rules/broken.rules:41:19: error: the prompt uses {x}, which is not an input of s (declare it after 'using')",
				"rules/broken.rules:43:7: warning: no row matches st = \"REJECTED\""), problems);
	}
}
