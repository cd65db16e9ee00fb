package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.tests.support.InvoiceExample;

/** processware classify, matrix and status on the invoice-processing example. */
class ProcessReportCommandsTest {

	private static Path example() {
		return ScriptRun.repository().resolve("examples/invoice-processing");
	}

	@Test
	void classifyShowsAProposalPerTaskAndItsEvidence() {
		CommandRun run = CommandRun.inProcess("classify", example().toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("8 task(s): 8 agree, 0 new, 0 revised, 0 where the analyst differs, 0 without evidence"),
				run::toString);
		assertTrue(run.out().contains("  OCR intake: covered by the rule sets Invoice validation; a service task calling "
				+ "Scanning inbox (readInvoiceScan); has a runtime-LLM slot"), run::toString);
	}

	@Test
	void applyFillsInOnlyUnclassifiedTasksInTheModelAndTheBpmnFile(@TempDir Path solution) throws Exception {
		Files.createDirectories(solution.resolve("processes"));
		String model = Files.readString(example().resolve("invoice-processing.pws"))
				.replace("name=\"Validate invoice\" determinism=\"DETERMINISTIC\"", "name=\"Validate invoice\"")
				.replace("name=\"Approve invoice\" determinism=\"NON_DETERMINISTIC\"", "name=\"Approve invoice\" determinism=\"PARTIAL\"");
		Files.writeString(solution.resolve("invoice-processing.pws"), model);
		Files.copy(example().resolve("processes/invoice-to-payment.bpmn"), solution.resolve("processes/invoice-to-payment.bpmn"));

		CommandRun run = CommandRun.inProcess("classify", solution.toString(), "--apply");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("1 new, 0 revised, 1 where the analyst differs"), run::toString);
		assertTrue(run.out().contains("applied 1 proposal(s)"), run::toString);
		String saved = Files.readString(solution.resolve("invoice-processing.pws"));
		assertTrue(saved.contains("name=\"Validate invoice\" determinism=\"DETERMINISTIC\""), saved);
		assertTrue(saved.contains("name=\"Approve invoice\" determinism=\"PARTIAL\""), "the analyst's class stays");
		String bpmn = Files.readString(solution.resolve("processes/invoice-to-payment.bpmn"));
		assertTrue(bpmn.contains("<pw:taskProfile determinism=\"DETERMINISTIC\" determinismSource=\"CLASSIFIER\">"), bpmn);
	}

	@Test
	void matrixPrintsTextMarkdownAndHtml() {
		CommandRun text = CommandRun.inProcess("matrix", example().toString());
		assertEquals(0, text.exitCode(), text::toString);
		assertTrue(text.out().startsWith("Process Invoice to payment (invoice-to-payment)\nTask"), text::toString);
		CommandRun markdown = CommandRun.inProcess("matrix", example().toString(), "--format", "markdown");
		assertTrue(markdown.out().contains("| Post invoice in ERP | complete | none (existing code) |"), markdown::toString);
		CommandRun html = CommandRun.inProcess("matrix", example().toString(), "--format", "HTML");
		assertTrue(html.out().startsWith("<table>"), html::toString);
		CommandRun unknown = CommandRun.inProcess("matrix", example().toString(), "--format", "pdf");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertEquals("processware matrix: unknown format 'pdf': use text, markdown or html", unknown.errLines().get(0));
	}

	@Test
	void statusShowsTheChecksAndTodaysRequestPath(@TempDir Path temp) throws Exception {
		// a copy without generated/: the README's main command generates into the example folder itself
		CommandRun run = CommandRun.inProcess("status", InvoiceExample.copy(temp).toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Process Invoice to payment (invoice-to-payment): runtime LLM while generation is "
				+ "queued\n"), run::toString);
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith("Post invoice in ERP") && line.endsWith("execute static code")),
				run::toString);
	}
}
