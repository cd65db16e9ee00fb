package io.processware.bpmn.fidelity;

import java.util.List;

/**
 * The outcome of one file's round trip (import, export, re-import).
 *
 * @param source      the file
 * @param imported    what the imported model holds (after automatic layout, if any)
 * @param reimported  what the re-imported export holds; {@code null} when import or export failed
 * @param laidOut     whether import generated the diagram (the file had none)
 * @param differences what the round trip changed or lost, one line each
 * @param failure     why import or export failed, or {@code null}
 */
public record FidelityReport(String source, InterchangeInventory imported, InterchangeInventory reimported,
		boolean laidOut, List<String> differences, String failure) {

	/** @return whether the file survived the round trip with nothing lost or changed */
	public boolean keptFidelity() {
		return failure == null && differences.isEmpty();
	}
}
