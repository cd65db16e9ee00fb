package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.processware.bpmn.fidelity.FidelityCheck;
import io.processware.bpmn.fidelity.FidelityReport;

/**
 * The interchange conformance suite: every OMG MIWG reference file (BPMN MIWG test suite,
 * bpmn-miwg/bpmn-miwg-test-suite, CC BY 3.0) imports, exports and re-imports to an equal model.
 */
class MiwgConformanceTest {

	static List<Path> referenceFiles() {
		return TestFiles.miwgReferenceFiles();
	}

	@Test
	void theWholeSuiteIsThere() {
		assertEquals(21, referenceFiles().size(), () -> "expected the 21 MIWG reference files, found " + referenceFiles());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("referenceFiles")
	void roundTripKeepsEverything(Path file) {
		FidelityReport report = FidelityCheck.check(file);
		assertNull(report.failure(), report::failure);
		assertTrue(report.differences().isEmpty(),
				() -> file.getFileName() + " lost fidelity:\n  " + String.join("\n  ", report.differences()));
		assertEquals(report.imported(), report.reimported());
		assertFalse(report.laidOut(), "reference files come with their diagrams; none must be laid out again");
		assertTrue(report.imported().shapes() > 0 && report.imported().elements() > 0, report::toString);
	}

	/**
	 * The typed model, checked directly rather than through the fidelity check: same ids, types,
	 * names, flow ends, event definitions and shape bounds within 1 px after a round trip.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("referenceFiles")
	void reimportedModelMatchesElementByElement(Path file) throws Exception {
		BpmnDocument imported = BpmnImporter.read(file);
		BpmnDocument reimported = BpmnImporter.read(BpmnExporter.toBytes(imported), "exported");
		Set<String> ids = ids(imported);
		assertEquals(ids, ids(reimported));
		for (String id : ids) {
			BaseElement before = imported.model().getModelElementById(id);
			BaseElement after = reimported.model().getModelElementById(id);
			assertEquals(before.getElementType(), after.getElementType(), id);
			assertEquals(before.getAttributeValue("name"), after.getAttributeValue("name"), id);
			if (before instanceof SequenceFlow flow) {
				assertEquals(flow.getSource().getId(), ((SequenceFlow) after).getSource().getId(), id);
				assertEquals(flow.getTarget().getId(), ((SequenceFlow) after).getTarget().getId(), id);
			}
			if (before instanceof Event event) {
				assertEquals(definitionTypes(event), definitionTypes((Event) after), id);
			}
		}
		List<BpmnShape> shapesBefore = List.copyOf(imported.model().getModelElementsByType(BpmnShape.class));
		List<BpmnShape> shapesAfter = List.copyOf(reimported.model().getModelElementsByType(BpmnShape.class));
		assertEquals(shapesBefore.size(), shapesAfter.size());
		for (int i = 0; i < shapesBefore.size(); i++) {
			var a = shapesBefore.get(i).getBounds();
			var b = shapesAfter.get(i).getBounds();
			assertEquals(a.getX(), b.getX(), 1.0);
			assertEquals(a.getY(), b.getY(), 1.0);
			assertEquals(a.getWidth(), b.getWidth(), 1.0);
			assertEquals(a.getHeight(), b.getHeight(), 1.0);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("referenceFiles")
	void exportIsStable(Path file) throws Exception {
		// a second round trip must not drift (no growing whitespace, no re-declared namespaces)
		byte[] once = BpmnExporter.toBytes(BpmnImporter.read(file));
		byte[] twice = BpmnExporter.toBytes(BpmnImporter.read(once, "once"));
		assertEquals(new String(once, java.nio.charset.StandardCharsets.UTF_8),
				new String(twice, java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void exportAddsNoSchemaDefaultsTheFileDidNotHave() throws Exception {
		// the validating parser fills in defaults (processType="None", isClosed="false"); saving them
		// would make the first save's git diff touch every element
		String original = java.nio.file.Files.readString(TestFiles.miwg("A.1.0.bpmn"), java.nio.charset.StandardCharsets.ISO_8859_1);
		String exported = new String(BpmnExporter.toBytes(BpmnImporter.read(TestFiles.miwg("A.1.0.bpmn"))),
				java.nio.charset.StandardCharsets.UTF_8);
		for (String defaulted : new String[] { "processType=", "isClosed=", "isInterrupting=", "parallelMultiple=" }) {
			assertEquals(original.contains(defaulted), exported.contains(defaulted), defaulted);
		}
	}

	private static Set<String> ids(BpmnDocument document) {
		return document.model().getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
				.filter(id -> id != null).collect(Collectors.toSet());
	}

	private static List<String> definitionTypes(Event event) {
		return event.getChildElementsByType(EventDefinition.class).stream()
				.map(definition -> definition.getElementType().getTypeName()).toList();
	}
}
