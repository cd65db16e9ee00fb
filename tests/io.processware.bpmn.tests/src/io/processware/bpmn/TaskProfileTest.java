package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.processware.bpmn.fidelity.FidelityCheck;

/** Processware's task facts live in the pw namespace and survive export and re-import. */
class TaskProfileTest {
	private static final String TASK = "_ec59e164-68b4-4f94-98de-ffb1c58a84af"; // "Task 1" of MIWG A.1.0

	@Test
	void aFileWithoutProfilesHasNoFacts() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		TaskProfile profile = document.taskProfile(TASK).orElseThrow();
		assertEquals(Optional.empty(), profile.determinism());
		assertEquals(Optional.empty(), profile.implementationStatus());
		assertEquals(List.of(), profile.ruleReferences());
	}

	@Test
	void factsAreWrittenInThePwNamespaceAndReadBack() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		TaskProfile profile = document.taskProfile(TASK).orElseThrow();
		profile.setDeterminism(Determinism.PARTIAL);
		profile.setImplementationStatus(ImplementationStatus.HUMAN_VALIDATED);
		profile.setRuleReferences(List.of("invoice.rules#approvalLimit", "invoice.rules#fourEyes"));

		String xml = new String(BpmnExporter.toBytes(document), StandardCharsets.UTF_8);
		assertTrue(xml.contains("xmlns:pw=\"" + TaskProfile.NAMESPACE + "\""), xml);
		assertTrue(xml.contains("<pw:taskProfile determinism=\"partial\" implementationStatus=\"human-validated\">"),
				xml);

		BpmnDocument reimported = BpmnImporter.read(xml.getBytes(StandardCharsets.UTF_8), "exported");
		TaskProfile reread = reimported.taskProfile(TASK).orElseThrow();
		assertEquals(Optional.of(Determinism.PARTIAL), reread.determinism());
		assertEquals(Optional.of(ImplementationStatus.HUMAN_VALIDATED), reread.implementationStatus());
		assertEquals(List.of("invoice.rules#approvalLimit", "invoice.rules#fourEyes"), reread.ruleReferences());
		assertTrue(FidelityCheck.check(reimported).keptFidelity());
	}

	@Test
	void clearingEveryFactLeavesTheFileAsItWas() throws Exception {
		BpmnDocument original = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		BpmnDocument document = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		TaskProfile profile = document.taskProfile(TASK).orElseThrow();
		profile.setDeterminism(Determinism.DETERMINISTIC);
		profile.setRuleReferences(List.of("r"));
		profile.setDeterminism(null);
		profile.setRuleReferences(List.of());
		BpmnDocument reimported = BpmnImporter.read(BpmnExporter.toBytes(document), "exported");
		List<String> differences = FidelityCheck.differences(original, reimported);
		assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
	}

	@Test
	void anUnknownValueIsNamedWithItsTask() throws Exception {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:pw="https://processware.io/schema/bpmn/1.0" id="d" targetNamespace="t">
				  <bpmn:process id="p">
				    <bpmn:task id="Check_invoice">
				      <bpmn:extensionElements><pw:taskProfile determinism="mostly" /></bpmn:extensionElements>
				    </bpmn:task>
				  </bpmn:process>
				</bpmn:definitions>
				""";
		BpmnDocument document = BpmnImporter.read(xml.getBytes(StandardCharsets.UTF_8), "odd.bpmn");
		IllegalStateException error = assertThrows(IllegalStateException.class,
				() -> document.taskProfile("Check_invoice").orElseThrow().determinism());
		assertEquals("task 'Check_invoice': unknown pw:determinism value 'mostly'", error.getMessage());
	}

	@Test
	void onlyTasksHaveProfiles() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		assertEquals(Optional.empty(), document.taskProfile("no-such-id"));
	}
}
