package io.processware.generator.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.EndEvent;
import io.processware.model.process.FlowNode;
import io.processware.model.process.FlowScope;
import io.processware.model.process.Process;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.StartEvent;
import io.processware.model.process.SubProcess;

/**
 * A process with its embedded sub-processes flattened into one state machine: the sub-process's
 * nodes join the process's, a flow into the sub-process leads to its start event, and each of its end
 * events leads on along every flow that leaves the sub-process; its start and those end events become
 * events the token passes. The model's elements stay the sources, so traceability names them. A
 * sub-process without one start event, or with a boundary event attached, is refused: the state
 * machine cannot tell when "the sub-process" is active.
 */
final class SubProcesses {

	/**
	 * A sequence flow as the state machine follows it.
	 *
	 * @param flow   the model's flow (condition, default)
	 * @param source the node it leaves (an end event of the sub-process it left)
	 * @param target the node it enters (the start event of the sub-process it entered)
	 * @param id     its id, or null for the model's own (a flow leaving a sub-process with several end
	 *               events becomes one flow per end event)
	 */
	record Edge(SequenceFlow flow, FlowNode source, FlowNode target, String id) {
	}

	/**
	 * @param nodes  the nodes of the process and of its sub-processes, sub-processes themselves left out
	 * @param edges  the flows between them
	 * @param passed the start and end events of sub-processes that the token passes through
	 */
	record Flat(List<FlowNode> nodes, List<Edge> edges, Set<FlowNode> passed) {
	}

	private SubProcesses() {
	}

	/** @throws io.processware.generator.GenerationException naming the sub-process the engine cannot run */
	static Flat flatten(String origin, Process process) {
		List<FlowNode> nodes = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		Set<FlowNode> passed = new HashSet<>();
		Map<SubProcess, FlowNode> starts = new LinkedHashMap<>();
		Map<SubProcess, List<FlowNode>> ends = new LinkedHashMap<>();
		collect(origin, process, nodes, starts, ends, passed);
		for (FlowNode node : nodes) {
			if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() instanceof SubProcess sub) {
				throw Orchestration.fail(origin, node, "is attached to sub-process '" + sub.getId()
						+ "'; the generated service does not run boundary events on sub-processes yet");
			}
		}
		addEdges(process, starts, ends, edges);
		return new Flat(List.copyOf(nodes), List.copyOf(edges), passed);
	}

	private static void collect(String origin, FlowScope scope, List<FlowNode> nodes, Map<SubProcess, FlowNode> starts,
			Map<SubProcess, List<FlowNode>> ends, Set<FlowNode> passed) {
		for (FlowNode node : scope.getNodes()) {
			if (node instanceof SubProcess sub) {
				List<FlowNode> inner = sub.getNodes().stream().filter(StartEvent.class::isInstance).toList();
				if (inner.size() != 1) {
					throw Orchestration.fail(origin, sub, "has " + inner.size() + " start events; the service enters "
							+ "a sub-process at exactly one");
				}
				starts.put(sub, inner.get(0));
				passed.add(inner.get(0));
				boolean leads = sub.eContainer() instanceof FlowScope outer
						&& outer.getSequenceFlows().stream().anyMatch(f -> f.getSource() == sub);
				List<FlowNode> exits = sub.getNodes().stream().filter(EndEvent.class::isInstance).toList();
				ends.put(sub, exits);
				if (leads && exits.isEmpty()) {
					throw Orchestration.fail(origin, sub, "has no end event, so its outgoing flows are never taken");
				}
				if (leads) {
					passed.addAll(exits);
				}
				collect(origin, sub, nodes, starts, ends, passed);
			} else {
				nodes.add(node);
			}
		}
	}

	private static void addEdges(FlowScope scope, Map<SubProcess, FlowNode> starts, Map<SubProcess, List<FlowNode>> ends,
			List<Edge> edges) {
		for (SequenceFlow flow : scope.getSequenceFlows()) {
			FlowNode target = entry(flow.getTarget(), starts);
			List<FlowNode> sources = exits(flow.getSource(), ends);
			for (FlowNode source : sources) {
				String id = sources.size() == 1 || source == null ? null
						: (flow.getId() == null ? "" : flow.getId()) + "@" + source.getId();
				edges.add(new Edge(flow, source, target, id));
			}
		}
		for (FlowNode node : scope.getNodes()) {
			if (node instanceof SubProcess sub) {
				addEdges(sub, starts, ends, edges);
			}
		}
	}

	/** Where a flow into the node arrives: the start event of a sub-process (nested ones too). */
	private static FlowNode entry(FlowNode node, Map<SubProcess, FlowNode> starts) {
		FlowNode at = node;
		while (at instanceof SubProcess sub && starts.containsKey(sub)) {
			at = starts.get(sub);
		}
		return at;
	}

	/** Where a flow out of the node leaves from: every end event of a sub-process (nested ones too). */
	private static List<FlowNode> exits(FlowNode node, Map<SubProcess, List<FlowNode>> ends) {
		if (!(node instanceof SubProcess sub) || !ends.containsKey(sub)) {
			List<FlowNode> one = new ArrayList<>();
			one.add(node);
			return one;
		}
		List<FlowNode> exits = new ArrayList<>();
		for (FlowNode end : ends.get(sub)) {
			exits.addAll(exits(end, ends));
		}
		return exits;
	}
}
