package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.processware.bpmn.fidelity.FidelityCheck;

/**
 * The fidelity check must see every kind of loss it claims to guard against; otherwise the MIWG
 * suite passing would prove nothing. Each test damages a reference file's export on purpose.
 */
class FidelityCheckTest {

	private static List<String> differencesAfter(String miwgFile, UnaryOperator<String> damage) throws Exception {
		BpmnDocument original = BpmnImporter.read(TestFiles.miwg(miwgFile));
		String exported = new String(BpmnExporter.toBytes(original), StandardCharsets.UTF_8);
		String damaged = damage.apply(exported);
		assertTrue(!damaged.equals(exported), "the damage did not apply");
		return FidelityCheck.differences(original,
				BpmnImporter.read(damaged.getBytes(StandardCharsets.UTF_8), "damaged"));
	}

	@Test
	void aWaypointMovedByTwoPixelsIsALoss() throws Exception {
		List<String> differences = differencesAfter("A.1.0.bpmn",
				xml -> xml.replaceFirst("<di:waypoint x=\"342\\.0\"", "<di:waypoint x=\"344.0\""));
		assertTrue(differences.stream().anyMatch(line -> line.contains("waypoints")), differences::toString);
	}

	@Test
	void boundsMovedByLessThanAPixelAreKept() throws Exception {
		List<String> differences = differencesAfter("A.1.0.bpmn",
				xml -> xml.replaceFirst("x=\"186\\.0\" y=\"336\\.0\"", "x=\"186.6\" y=\"336.0\""));
		assertEquals(List.of(), differences);
	}

	@Test
	void aLostExtensionElementIsALoss() throws Exception {
		List<String> differences = differencesAfter("C.1.0.bpmn",
				xml -> xml.replaceFirst("<signavio:signavioMetaData metaKey=\"bgcolor\" metaValue=\"#ffffff\"/>", ""));
		assertTrue(differences.stream().anyMatch(line -> line.contains("child elements")), differences::toString);
	}

	@Test
	void aRenamedTaskIsALoss() throws Exception {
		List<String> differences = differencesAfter("A.1.0.bpmn", xml -> xml.replace("name=\"Task 2\"", "name=\"Task II\""));
		assertTrue(differences.contains("element '_820c21c0-45f3-473b-813f-06381cc637cd' name: 'Task 2' became 'Task II'"),
				differences::toString);
	}

	@Test
	void aRetargetedFlowIsALoss() throws Exception {
		List<String> differences = differencesAfter("A.1.0.bpmn", xml -> xml.replace(
				"sourceRef=\"_820c21c0-45f3-473b-813f-06381cc637cd\" targetRef=\"_e70a6fcb-913c-4a7b-a65d-e83adc73d69c\"",
				"sourceRef=\"_820c21c0-45f3-473b-813f-06381cc637cd\" targetRef=\"_a47df184-085b-49f7-bb82-031c84625821\""));
		assertTrue(differences.stream().anyMatch(line -> line.contains(" flow: ")), differences::toString);
	}

	@Test
	void lostDocumentationIsALoss() throws Exception {
		String original = Files.readString(TestFiles.miwg("C.9.0.bpmn"), StandardCharsets.UTF_8);
		assertTrue(original.contains("documentation"));
		List<String> differences = differencesAfter("C.9.0.bpmn",
				xml -> xml.replaceFirst("(?s)<([a-z0-9]+:)?documentation[^>]*>.*?</([a-z0-9]+:)?documentation>", ""));
		assertTrue(differences.stream().anyMatch(line -> line.contains("documentation")), differences::toString);
	}
}
