package io.processware.bpmn.bench;

import java.nio.charset.StandardCharsets;

/**
 * Generates a BPMN file of a chosen size for benchmarks: one process whose flow nodes (a start
 * event, tasks of several kinds, exclusive gateways, an end event) form a chain drawn in rows of
 * 20, with a shape per node and an edge per sequence flow — what a modeller would have saved.
 * Written as text, independently of the code under measurement.
 */
public final class SyntheticProcess {
	private static final int NODES_PER_ROW = 20;
	private static final String[] KINDS = { "task", "userTask", "serviceTask", "exclusiveGateway", "scriptTask" };

	private SyntheticProcess() {
	}

	/**
	 * @param elements how many elements (flow nodes plus sequence flows) the file should hold; the
	 *                 result holds this number, or one more when it is even
	 * @return the file's content, UTF-8
	 */
	public static byte[] withElements(int elements) {
		int nodes = Math.max(2, (elements + 1) / 2 + (elements % 2 == 0 ? 1 : 0));
		StringBuilder xml = new StringBuilder(nodes * 700);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" ")
				.append("xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" ")
				.append("xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" ")
				.append("xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" ")
				.append("id=\"Definitions_bench\" targetNamespace=\"https://processware.io/bench\">\n")
				.append("  <bpmn:process id=\"Process_bench\" isExecutable=\"false\">\n");
		for (int i = 0; i < nodes; i++) {
			String kind = i == 0 ? "startEvent" : i == nodes - 1 ? "endEvent" : KINDS[i % KINDS.length];
			xml.append("    <bpmn:").append(kind).append(" id=\"Node_").append(i).append("\" name=\"Step ").append(i)
					.append("\">\n");
			if (i > 0) {
				xml.append("      <bpmn:incoming>Flow_").append(i - 1).append("</bpmn:incoming>\n");
			}
			if (i < nodes - 1) {
				xml.append("      <bpmn:outgoing>Flow_").append(i).append("</bpmn:outgoing>\n");
			}
			xml.append("    </bpmn:").append(kind).append(">\n");
		}
		for (int i = 0; i < nodes - 1; i++) {
			xml.append("    <bpmn:sequenceFlow id=\"Flow_").append(i).append("\" sourceRef=\"Node_").append(i)
					.append("\" targetRef=\"Node_").append(i + 1).append("\" />\n");
		}
		xml.append("  </bpmn:process>\n  <bpmndi:BPMNDiagram id=\"Diagram_bench\">\n")
				.append("    <bpmndi:BPMNPlane id=\"Plane_bench\" bpmnElement=\"Process_bench\">\n");
		for (int i = 0; i < nodes; i++) {
			xml.append("      <bpmndi:BPMNShape id=\"Node_").append(i).append("_di\" bpmnElement=\"Node_").append(i)
					.append("\">\n        <dc:Bounds x=\"").append(x(i)).append("\" y=\"").append(y(i))
					.append("\" width=\"100\" height=\"80\" />\n      </bpmndi:BPMNShape>\n");
		}
		for (int i = 0; i < nodes - 1; i++) {
			xml.append("      <bpmndi:BPMNEdge id=\"Flow_").append(i).append("_di\" bpmnElement=\"Flow_").append(i)
					.append("\">\n        <di:waypoint x=\"").append(x(i) + 100).append("\" y=\"").append(y(i) + 40)
					.append("\" />\n        <di:waypoint x=\"").append(x(i + 1)).append("\" y=\"").append(y(i + 1) + 40)
					.append("\" />\n      </bpmndi:BPMNEdge>\n");
		}
		xml.append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n");
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static int x(int node) {
		return 100 + (node % NODES_PER_ROW) * 150;
	}

	private static int y(int node) {
		return 100 + (node / NODES_PER_ROW) * 150;
	}
}
