package io.processware.generator.documentation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.processware.generator.ModelView;
import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.CallActivity;
import io.processware.model.process.Event;
import io.processware.model.process.FlowNode;
import io.processware.model.process.Gateway;
import io.processware.model.process.Process;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.SubProcess;

/**
 * A process as a Mermaid flowchart: events as circles, gateways as diamonds, tasks as boxes,
 * sub-processes and calls as framed boxes, sequence flows as arrows labelled with their names, and
 * a boundary event tied to its activity by a dotted line. Node ids are generated ({@code n1}, ...)
 * so that no model id can break the syntax; labels are quoted with Mermaid's entity for quotes.
 *
 * @param source  the process
 * @param name    its name
 * @param mermaid the diagram's lines, without the fence
 */
public record ProcessDiagram(Process source, String name, List<String> mermaid) implements ModelView {

	static ProcessDiagram of(Process process) {
		Map<FlowNode, String> ids = new IdentityHashMap<>();
		List<String> lines = new ArrayList<>();
		lines.add("flowchart LR");
		for (FlowNode node : process.getNodes()) {
			String id = "n" + (ids.size() + 1);
			ids.put(node, id);
			lines.add("  " + id + shape(node));
		}
		for (SequenceFlow flow : process.getSequenceFlows()) {
			String from = ids.get(flow.getSource());
			String to = ids.get(flow.getTarget());
			if (from == null || to == null) {
				continue;
			}
			lines.add("  " + from + (flow.getName() == null || flow.getName().isBlank() ? " --> "
					: " -->|\"" + label(flow.getName()) + "\"| ") + to);
		}
		for (FlowNode node : process.getNodes()) {
			if (node instanceof BoundaryEvent boundary && ids.containsKey(boundary.getAttachedTo())) {
				lines.add("  " + ids.get(boundary.getAttachedTo()) + " -.- " + ids.get(node));
			}
		}
		return new ProcessDiagram(process, process.getName(), List.copyOf(lines));
	}

	private static String shape(FlowNode node) {
		String label = "\"" + label(node.getName() == null ? node.getId() : node.getName()) + "\"";
		if (node instanceof Event) {
			return "((" + label + "))";
		}
		if (node instanceof Gateway) {
			return "{" + label + "}";
		}
		if (node instanceof SubProcess || node instanceof CallActivity) {
			return "[[" + label + "]]";
		}
		return "[" + label + "]";
	}

	/** @return text safe inside a quoted Mermaid label */
	static String label(String text) {
		return text.replace("\"", "#quot;").replace("\n", " ").strip();
	}

	@Override
	public Object element() {
		return source;
	}
}
