package io.processware.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.persistence.LoadProblem;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;

/** Files that are not (quite) solution models: each problem names the file, the line and the element. */
class LoadErrorsTest {

	@TempDir
	Path temp;

	private Path exampleWith(String name, String from, String to) throws IOException {
		String text = Files.readString(Fixtures.invoiceExample());
		assertTrue(text.contains(from), "the example no longer contains " + from);
		return Files.writeString(temp.resolve(name), text.replace(from, to));
	}

	private static SolutionLoadException failure(Path file) {
		return assertThrows(SolutionLoadException.class,
				() -> SolutionResources.load(SolutionResources.newResourceSet(), file));
	}

	private static int lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	@Test
	void malformedXmlNamesFileLineAndColumn() throws IOException {
		Path file = exampleWith("malformed.pws", "<ruleSets id=\"payment-terms\"", "<ruleSets id=\"payment-terms");
		LoadProblem problem = failure(file).problem();
		assertEquals(file, problem.file());
		assertEquals(lineOf(file, "id=\"payment-terms"), problem.line(), problem::describe);
		assertTrue(problem.column() > 0, problem::describe);
		assertTrue(problem.describe().startsWith(file + ":" + problem.line() + ":"), problem::describe);
		assertTrue(problem.message().startsWith("not well-formed XML: "), problem::describe);
	}

	@Test
	void aTruncatedFileIsNotWellFormed() throws IOException {
		String text = Files.readString(Fixtures.invoiceExample());
		Path file = Files.writeString(temp.resolve("truncated.pws"), text.substring(0, text.length() / 2));
		assertTrue(failure(file).problem().message().startsWith("not well-formed XML: "));
	}

	@Test
	void anUnknownElementKindNamesItsLine() throws IOException {
		Path file = exampleWith("unknown-kind.pws", "xsi:type=\"process:SendTask\" id=\"invoice-to-payment.return-invoice\"",
				"xsi:type=\"process:FaxTask\" id=\"invoice-to-payment.return-invoice\"");
		LoadProblem problem = failure(file).problem();
		assertEquals(lineOf(file, "process:FaxTask"), problem.line(), problem::describe);
		assertTrue(problem.message().contains("FaxTask"), problem::describe);
	}

	@Test
	void anUnknownAttributeNamesItsLine() throws IOException {
		Path file = exampleWith("unknown-attribute.pws", "<ruleSets id=\"payment-terms\"", "<ruleSets colour=\"red\" id=\"payment-terms\"");
		LoadProblem problem = failure(file).problem();
		assertEquals(lineOf(file, "colour=\"red\""), problem.line(), problem::describe);
		assertTrue(problem.message().contains("colour"), problem::describe);
	}

	@Test
	void anotherKindOfRootIsNotASolution() throws IOException {
		Path file = Files.writeString(temp.resolve("domain.pws"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<domain:Domain xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:domain="http://processware.io/model/1.0/domain" id="finance" name="Finance"/>
				""");
		assertEquals("not a solution model: the file holds a Domain", failure(file).problem().message());
	}

	@Test
	void aMissingFileCannotBeRead() {
		Path file = temp.resolve("missing.pws");
		assertEquals(file + ": cannot read the file", failure(file).getMessage());
	}

	@Test
	void unknownReferencesAreReportedWithTheirElementAndLineAndTheRestStillLoads() throws IOException {
		Path file = exampleWith("unknown-reference.pws", "ruleSets=\"payment-terms\"", "ruleSets=\"payment-terms late-fees\"");
		LoadedSolution loaded = SolutionResources.load(SolutionResources.newResourceSet(), file);
		assertEquals(1, loaded.problems().size(), loaded.problems()::toString);
		LoadProblem problem = loaded.problems().get(0);
		assertEquals("invoice-to-payment.schedule-payment", problem.element());
		assertEquals(lineOf(file, "late-fees"), problem.line());
		assertEquals("'ruleSets' refers to 'late-fees', which is not in the solution", problem.message());
		assertEquals(1, loaded.solution().getProcesses().get(0).getNodes().stream()
				.filter(node -> "invoice-to-payment.schedule-payment".equals(node.getId())).count());
	}
}
