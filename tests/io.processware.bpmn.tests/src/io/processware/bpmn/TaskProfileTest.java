package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.processware.bpmn.fidelity.FidelityCheck;
import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;

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
		assertEquals(Optional.empty(), profile.determinismSource());
	}

	@Test
	void factsAreWrittenInThePwNamespaceAndReadBack() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		TaskProfile profile = document.taskProfile(TASK).orElseThrow();
		profile.setDeterminism(Determinism.PARTIAL, DeterminismSource.CLASSIFIER);
		profile.setImplementationStatus(ImplementationStatus.VALIDATED);
		profile.setRuleReferences(List.of("approval-thresholds", "four-eyes"));

		String xml = new String(BpmnExporter.toBytes(document), StandardCharsets.UTF_8);
		assertTrue(xml.contains("xmlns:pw=\"" + TaskProfile.NAMESPACE + "\""), xml);
		// the metamodel's literals, exactly as the .pws solution writes them
		assertTrue(xml.contains("<pw:taskProfile determinism=\"PARTIAL\" determinismSource=\"CLASSIFIER\" "
				+ "implementationStatus=\"VALIDATED\">"), xml);

		BpmnDocument reimported = BpmnImporter.read(xml.getBytes(StandardCharsets.UTF_8), "exported");
		TaskProfile reread = reimported.taskProfile(TASK).orElseThrow();
		assertEquals(Optional.of(Determinism.PARTIAL), reread.determinism());
		assertEquals(Optional.of(DeterminismSource.CLASSIFIER), reread.determinismSource());
		assertEquals(Optional.of(ImplementationStatus.VALIDATED), reread.implementationStatus());
		assertEquals(List.of("approval-thresholds", "four-eyes"), reread.ruleReferences());
		assertTrue(FidelityCheck.check(reimported).keptFidelity());
	}

	@Test
	void clearingEveryFactLeavesTheFileAsItWas() throws Exception {
		BpmnDocument original = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		BpmnDocument document = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		TaskProfile profile = document.taskProfile(TASK).orElseThrow();
		profile.setDeterminism(Determinism.DETERMINISTIC, DeterminismSource.CLASSIFIER);
		profile.setRuleReferences(List.of("r"));
		profile.setDeterminism(Determinism.UNCLASSIFIED, DeterminismSource.CLASSIFIER);
		profile.setRuleReferences(List.of());
		BpmnDocument reimported = BpmnImporter.read(BpmnExporter.toBytes(document), "exported");
		List<String> differences = FidelityCheck.differences(original, reimported);
		assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
	}

	@Test
	void aClassWithoutSourceIsTheAnalysts() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"));
		TaskProfile profile = document.taskProfile(TASK).orElseThrow();
		profile.setDeterminism(Determinism.NON_DETERMINISTIC, DeterminismSource.CLASSIFIER);
		profile.setDeterminism(Determinism.DETERMINISTIC, DeterminismSource.ANALYST);
		String xml = new String(BpmnExporter.toBytes(document), StandardCharsets.UTF_8);
		assertTrue(xml.contains("<pw:taskProfile determinism=\"DETERMINISTIC\"/>"), xml);
		assertEquals(Optional.of(DeterminismSource.ANALYST), profile.determinismSource());
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
