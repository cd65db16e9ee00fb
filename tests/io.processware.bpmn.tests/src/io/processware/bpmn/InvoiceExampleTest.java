package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.processware.bpmn.fidelity.FidelityCheck;
import io.processware.bpmn.fidelity.FidelityReport;

/** The invoice-processing example's process: drawn, annotated with Processware's task facts. */
class InvoiceExampleTest {

	private static Path exampleProcess() {
		return Path.of(System.getProperty("processware.examples"), "invoice-processing", "invoice-processing.bpmn");
	}

	@Test
	void theExampleIsDrawnAndKeepsFidelity() {
		FidelityReport report = FidelityCheck.check(exampleProcess());
		assertTrue(report.keptFidelity(), report::toString);
		assertFalse(report.laidOut(), "the example ships with its diagram");
		assertEquals(report.imported().elements() > 0, true);
	}

	@Test
	void theTasksCarryTheirDeterminismStatusAndRules() throws Exception {
		BpmnDocument document = BpmnImporter.read(exampleProcess());
		TaskProfile match = document.taskProfile("Match_purchase_order").orElseThrow();
		assertEquals(Optional.of(Determinism.DETERMINISTIC), match.determinism());
		assertEquals(List.of("invoice.rules#threeWayMatch"), match.ruleReferences());
		assertEquals(Optional.of(Determinism.NON_DETERMINISTIC),
				document.taskProfile("Capture_invoice").orElseThrow().determinism());
		assertEquals(Optional.of(ImplementationStatus.EXISTING_CODE),
				document.taskProfile("Schedule_payment").orElseThrow().implementationStatus());
	}
}
