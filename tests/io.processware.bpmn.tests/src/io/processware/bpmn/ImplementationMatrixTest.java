package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.processware.bpmn.matrix.ImplementationMatrix;
import io.processware.bpmn.matrix.MatrixRow;
import io.processware.bpmn.matrix.TableFormat;
import io.processware.model.process.Determinism;
import io.processware.model.process.Task;
import io.processware.model.solution.Solution;

/** The implementation matrix of the invoice-processing example. */
class ImplementationMatrixTest {

	private static Map<String, MatrixRow> rows(Solution solution) {
		return ImplementationMatrix.of(solution).rows().values().stream().flatMap(List::stream)
				.collect(Collectors.toMap(row -> row.taskId().substring("invoice-to-payment.".length()), row -> row));
	}

	@Test
	void everyTaskOfTheInvoiceProcessHasItsRow() {
		Map<String, MatrixRow> rows = rows(InvoiceExample.solution());
		assertEquals(8, rows.size());
		rows.values().forEach(row -> assertEquals("complete", row.definition(), row.task()));
	}

	@Test
	void theOcrIntakeIsAHybridWithItsSlotReviewsAndPersonalData() {
		MatrixRow ocr = rows(InvoiceExample.solution()).get("ocr-intake");
		assertEquals("generate around the LLM slot", ocr.codeGeneration());
		assertEquals("slot, confidence >= 0.9, fallback human review", ocr.runtimeLlm());
		assertEquals("reviews answers below the confidence; generated code approved before deployment", ocr.humanValidation());
		assertEquals("depends on Scanning inbox (no SLA); LLM outage: human review; redeploy from git (no DR environment)",
				ocr.disasterRecovery());
		assertEquals("required: confidential data (scan, contactEmail), calls Scanning inbox, data sent to an LLM",
				ocr.securityReview());
		assertEquals("PII: contactEmail P10Y EU", ocr.dataGovernance());
		assertEquals("versioned rules invoice-validation; LLM answers logged for audit", ocr.compliance());
		assertEquals("generated code, LLM slot for the variable part, human review below confidence", ocr.executionPath());
	}

	@Test
	void existingCodeHumanWorkAndRulesTakeTheirOwnPaths() {
		Map<String, MatrixRow> rows = rows(InvoiceExample.solution());
		MatrixRow post = rows.get("post-invoice");
		assertEquals("none (existing code)", post.codeGeneration());
		assertEquals("existing code (SAP FI_INVOICE_POST web service)", post.executionPath());
		assertEquals("depends on SAP ECC finance (SLA 99.5 %)", post.disasterRecovery());
		MatrixRow approve = rows.get("approve-invoice");
		assertEquals("whole task", approve.runtimeLlm());
		assertEquals("work item for Budget owner, LLM suggestion with analytics", approve.executionPath());
		assertEquals("performed by Budget owner", approve.humanValidation());
		MatrixRow schedule = rows.get("schedule-payment");
		assertEquals("generate", schedule.codeGeneration());
		assertEquals("generated static code", schedule.executionPath());
		assertEquals("PII: iban P10Y EU, accountHolder P10Y EU", schedule.dataGovernance());
	}

	@Test
	void anUnclassifiedTaskNeedsItsBusinessDefinition() {
		Solution solution = InvoiceExample.solution();
		Task validate = (Task) solution.eResource().getEObject("invoice-to-payment.validate-invoice");
		validate.setDeterminism(Determinism.UNCLASSIFIED);
		MatrixRow row = rows(solution).get("validate-invoice");
		assertEquals("unclassified", row.definition());
		assertEquals("undecided", row.codeGeneration());
		assertEquals("business definition required", row.executionPath());
	}

	@Test
	void theMatrixRendersAsTextMarkdownAndHtml() {
		ImplementationMatrix matrix = ImplementationMatrix.of(InvoiceExample.solution());
		String text = matrix.render(TableFormat.TEXT);
		assertTrue(text.startsWith("Process Invoice to payment (invoice-to-payment)\nTask "), text);
		assertEquals(1 + 1 + 8, text.lines().count(), text);
		String markdown = matrix.render(TableFormat.MARKDOWN);
		assertTrue(markdown.contains("| Task | Definition | Code generation |"), markdown);
		assertTrue(markdown.contains("|---|---|"), markdown);
		String html = matrix.render(TableFormat.HTML);
		assertTrue(html.contains("<td>Approve invoice</td>"), html);
		assertTrue(html.contains("confidence &gt;= 0.9"), html);
	}
}
