package io.processware.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.rules.workspace.RulesDiagnostic;
import io.processware.rules.workspace.RulesValidation;

/** A rules file sees what it imports, other rules files included, and nothing else. */
class CrossFileTest {

	@TempDir
	Path temp;

	@Test
	void declarationsOfAnImportedRulesFileAreVisible() throws IOException {
		Path folder = RulesFixture.folder(temp);
		Files.writeString(folder.resolve("rules/limits.rules"), """
				import "../invoice-processing.pws"
				computed approval-limit : money EUR = 10000 EUR
				""");
		Files.writeString(folder.resolve("rules/uses.rules"), """
				import "../invoice-processing.pws"
				import "limits.rules"
				given invoice : finance.invoice
				rule big for invoice-to-payment.determine-approval when invoice.grossAmount > approval-limit then notify treasurer "big"
				""");
		Files.writeString(folder.resolve("rules/blind.rules"), """
				import "../invoice-processing.pws"
				given invoice : finance.invoice
				rule big for invoice-to-payment.determine-approval when invoice.grossAmount > approval-limit then notify treasurer "big"
				""");
		List<String> problems = RulesValidation.validate(folder).stream().map(problem -> problem.format(folder)).toList();
		assertEquals(List.of("rules/blind.rules:3:79: error: unknown name 'approval-limit'"),
				problems);
	}

	@Test
	void aFileWithoutImportSeesNoModel() throws IOException {
		Path folder = RulesFixture.folder(temp);
		Files.writeString(folder.resolve("rules/alone.rules"), "given invoice : finance.invoice\n");
		List<RulesDiagnostic> problems = RulesValidation.validate(folder);
		assertTrue(problems.stream().anyMatch(problem -> problem.message().equals("unknown model element 'finance.invoice'")),
				problems.toString());
	}
}
