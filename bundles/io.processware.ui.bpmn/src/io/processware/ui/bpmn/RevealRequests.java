package io.processware.ui.bpmn;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * What others ask the diagram to select and reveal — the explorer's double-click, a problem marker,
 * F3 in the rules editor — as BPMN element ids, and the request that waits while bpmn-js is still
 * drawing the file (the explorer asks right after {@code IDE.openEditor}).
 */
final class RevealRequests {
	/** The marker attributes that name a diagram element, in the order they are read. */
	static final List<String> MARKER_ATTRIBUTES = List.of("element", "bpmnElement");

	private List<String> pending = List.of();

	/** @return the element ids of a selection: {@code String}s and this editor's Properties entries */
	static List<String> idsOf(ISelection selection) {
		return selection instanceof IStructuredSelection structured ? structured.toList().stream()
				.map(element -> element instanceof TaskPropertySource source ? source.elementId() : element)
				.filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
	}

	/** @return the element id a marker names, or an empty list */
	static List<String> idsOf(IMarker marker) {
		return MARKER_ATTRIBUTES.stream().map(attribute -> marker.getAttribute(attribute, (String) null))
				.filter(id -> id != null && !id.isBlank()).limit(1).toList();
	}

	/** Keeps the latest request until the diagram is drawn. */
	void postpone(List<String> ids) {
		pending = ids;
	}

	/** @return the postponed request, now due (empty when there is none), and forgets it */
	List<String> takeDue() {
		List<String> due = pending;
		pending = List.of();
		return due;
	}
}
