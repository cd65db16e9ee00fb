package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.processware.bpmn.fidelity.FidelityCheck;
import io.processware.bpmn.fidelity.FidelityReport;
import io.processware.bpmn.mapping.MappedProcesses;
import io.processware.bpmn.mapping.ProcessAgreement;
import io.processware.bpmn.mapping.ProcessMapper;
import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.Process;
import io.processware.model.solution.Solution;

/**
 * The invoice-processing example: its solution model references its process's BPMN file, and the
 * two agree element by element.
 */
class InvoiceExampleTest {

	@Test
	void theSolutionReferencesTheBpmnFileAndItExists() {
		Process process = InvoiceExample.process();
		assertEquals("processes/invoice-to-payment.bpmn", process.getBpmnFile());
		assertTrue(InvoiceExample.bpmnFile().toFile().isFile(), () -> InvoiceExample.bpmnFile() + " is missing");
	}

	@Test
	void theFileIsDrawnAndKeepsFidelity() {
		FidelityReport report = FidelityCheck.check(InvoiceExample.bpmnFile());
		assertTrue(report.keptFidelity(), report::toString);
		assertFalse(report.laidOut(), "the example ships with its diagram");
		// 17 flow nodes and the two references to data are drawn, beside two pools and three lanes
		assertEquals(2 + 3 + 17 + 2, report.imported().shapes(), report::toString);
		assertEquals(17 + 2, report.imported().edges(), report::toString);
	}

	@Test
	void theModelAndTheFileAgreeOnEveryNodeFlowLaneAndFact() throws Exception {
		Solution solution = InvoiceExample.solution();
		MappedProcesses read = ProcessMapper.read(BpmnImporter.read(InvoiceExample.bpmnFile()), solution);
		assertEquals(List.of(), read.notes());
		Process fromFile = read.process("invoice-to-payment").orElseThrow();
		List<String> differences = ProcessAgreement.differences(InvoiceExample.process(), fromFile);
		assertEquals(List.of(), differences, () -> String.join("\n", differences));
		assertEquals(17, fromFile.getNodes().size());
		assertEquals(17, fromFile.getSequenceFlows().size());
	}

	@Test
	void theTasksCarryTheMetamodelsLiterals() throws Exception {
		BpmnDocument document = BpmnImporter.read(InvoiceExample.bpmnFile());
		TaskProfile ocr = document.taskProfile("invoice-to-payment.ocr-intake").orElseThrow();
		assertEquals(Optional.of(Determinism.PARTIAL), ocr.determinism());
		assertEquals(Optional.of(DeterminismSource.ANALYST), ocr.determinismSource());
		assertEquals(List.of("invoice-validation"), ocr.ruleReferences());
		assertEquals(Optional.of(ImplementationStatus.EXISTING_STATIC_CODE),
				document.taskProfile("invoice-to-payment.post-invoice").orElseThrow().implementationStatus());
	}

	@Test
	void aDisagreementIsNamed() throws Exception {
		Process fromFile = ProcessMapper.read(BpmnImporter.read(InvoiceExample.bpmnFile()), InvoiceExample.solution())
				.process("invoice-to-payment").orElseThrow();
		fromFile.getSequenceFlows().stream().filter(flow -> flow.getId().equals("invoice-to-payment.posted"))
				.findFirst().orElseThrow().setTarget(fromFile.getNodes().get(0));
		fromFile.getNodes().stream().filter(node -> node.getId().equals("invoice-to-payment.approve-invoice"))
				.findFirst().orElseThrow().setName("Approve");
		List<String> differences = ProcessAgreement.differences(InvoiceExample.process(), fromFile);
		assertEquals(2, differences.size(), () -> String.join("\n", differences));
		assertTrue(differences.get(0).startsWith("invoice-to-payment.approve-invoice: the model says UserTask 'Approve invoice'"),
				differences.get(0));
		assertTrue(differences.get(1).contains("the BPMN file says flow invoice-to-payment.post-invoice -> "
				+ "invoice-to-payment.invoice-received"), differences.get(1));
	}
}
