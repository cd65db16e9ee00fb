package io.processware.bpmn.fidelity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.processware.bpmn.BpmnDocument;
import io.processware.bpmn.BpmnExporter;
import io.processware.bpmn.BpmnImportException;
import io.processware.bpmn.BpmnImporter;

/**
 * The round-trip test of the MIWG conformance suite, for one file: import, export, re-import, and
 * compare the two models — their meaning ({@link ModelFacts}) and their whole XML tree
 * ({@link DocumentTree}), diagram coordinates within {@value #TOLERANCE_PX} px.
 */
public final class FidelityCheck {
	/** How far a coordinate may move and still count as kept (MIWG: "within 1 px"). */
	public static final double TOLERANCE_PX = 1.0;

	private FidelityCheck() {
	}

	/** @return the round trip's outcome; never throws for bad input, which is reported instead */
	public static FidelityReport check(Path file) {
		BpmnDocument imported;
		try {
			imported = BpmnImporter.read(file);
		} catch (BpmnImportException failure) {
			return new FidelityReport(file.toString(), null, null, false, List.of(), failure.getMessage());
		}
		return check(imported);
	}

	/** @return the round trip's outcome for a document already imported */
	public static FidelityReport check(BpmnDocument imported) {
		InterchangeInventory before = InterchangeInventory.of(imported.model());
		BpmnDocument reimported;
		try {
			reimported = BpmnImporter.read(BpmnExporter.toBytes(imported), imported.source() + " (exported)");
		} catch (BpmnImportException | IOException failure) {
			return new FidelityReport(imported.source(), before, null, imported.wasLaidOutAutomatically(), List.of(),
					"round trip failed: " + failure.getMessage());
		}
		return new FidelityReport(imported.source(), before, InterchangeInventory.of(reimported.model()),
				imported.wasLaidOutAutomatically(), differences(imported, reimported), null);
	}

	/** @return what differs between two documents, in meaning or in the XML; empty when equal */
	public static List<String> differences(BpmnDocument before, BpmnDocument after) {
		List<String> differences = new ArrayList<>(ModelFacts.of(before.model())
				.differencesTo(ModelFacts.of(after.model()), TOLERANCE_PX));
		differences.addAll(DocumentTree.differences(before.model(), after.model(), TOLERANCE_PX));
		return differences;
	}
}
