package io.processware.model.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.FlowNode;
import io.processware.model.process.FlowScope;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.StartEvent;

/**
 * The sequence flows of one process or sub-process as a graph: who comes before and after each
 * node, and which nodes can be reached from the start. Built once per scope and validation.
 */
final class FlowGraph {

	private final FlowScope scope;
	private final Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();
	private final Map<FlowNode, List<SequenceFlow>> incoming = new HashMap<>();

	private FlowGraph(FlowScope scope) {
		this.scope = scope;
		for (SequenceFlow flow : scope.getSequenceFlows()) {
			if (flow.getSource() != null) {
				outgoing.computeIfAbsent(flow.getSource(), node -> new ArrayList<>()).add(flow);
			}
			if (flow.getTarget() != null) {
				incoming.computeIfAbsent(flow.getTarget(), node -> new ArrayList<>()).add(flow);
			}
		}
	}

	/** @return the graph of the scope, computed once per validation and kept in its context */
	@SuppressWarnings("unchecked")
	static FlowGraph of(FlowScope scope, Findings findings) {
		Map<FlowScope, FlowGraph> graphs = (Map<FlowScope, FlowGraph>) findings.context()
				.computeIfAbsent(FlowGraph.class, key -> new HashMap<FlowScope, FlowGraph>());
		return graphs.computeIfAbsent(scope, FlowGraph::new);
	}

	List<SequenceFlow> outgoing(FlowNode node) {
		return outgoing.getOrDefault(node, List.of());
	}

	List<SequenceFlow> incoming(FlowNode node) {
		return incoming.getOrDefault(node, List.of());
	}

	List<StartEvent> startEvents() {
		return scope.getNodes().stream().filter(StartEvent.class::isInstance).map(StartEvent.class::cast).toList();
	}

	/**
	 * @return the nodes reachable from the start events along sequence flows; a boundary event is
	 *         reachable when the activity it is attached to is
	 */
	Set<FlowNode> reachable() {
		Set<FlowNode> reached = new LinkedHashSet<>();
		Deque<FlowNode> pending = new ArrayDeque<>(startEvents());
		while (!pending.isEmpty()) {
			FlowNode node = pending.pop();
			if (!reached.add(node)) {
				continue;
			}
			outgoing(node).stream().map(SequenceFlow::getTarget).forEach(pending::push);
			for (FlowNode candidate : scope.getNodes()) {
				if (candidate instanceof BoundaryEvent boundary && boundary.getAttachedTo() == node) {
					pending.push(boundary);
				}
			}
		}
		return reached;
	}
}
