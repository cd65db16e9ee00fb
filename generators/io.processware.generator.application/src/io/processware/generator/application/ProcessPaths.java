package io.processware.generator.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enumerates a process's paths from its start event to its end events, for the generated flow
 * tests: every outgoing flow of a node is a branch (a parallel fork's branches too, each tested on
 * its own while the engine runs them all), a boundary event is a branch off its activity, and a
 * path uses each sequence flow at most twice, so a loop goes round at most once and enumeration ends.
 */
public final class ProcessPaths {

	/** More paths than this are not enumerated (the generated test class stays reviewable). */
	public static final int MAX_PATHS = 64;

	/** How often a path may use one sequence flow (or boundary event): a loop goes round at most once. */
	public static final int MAX_USES = 2;

	/**
	 * One step of a path: the node and how the path leaves it (a flow id, or null when it leaves
	 * through a boundary event).
	 */
	public record Step(NodeModel node, String via) {
	}

	private final Map<String, NodeModel> nodes = new HashMap<>();
	private final Map<String, List<NodeModel>> boundaries = new HashMap<>();
	private final List<List<Step>> paths = new ArrayList<>();

	private ProcessPaths(ProcessModel process) {
		for (NodeModel node : process.nodes()) {
			nodes.put(node.id(), node);
			if (node.attachedTo() != null) {
				boundaries.computeIfAbsent(node.attachedTo(), k -> new ArrayList<>()).add(node);
			}
		}
	}

	/** @return the paths, each as its steps, in depth-first order of the model's flows */
	public static List<List<Step>> of(ProcessModel process) {
		ProcessPaths enumeration = new ProcessPaths(process);
		enumeration.walk(enumeration.nodes.get(process.startNode()), new ArrayList<>(), new HashMap<>());
		return enumeration.paths;
	}

	private static boolean use(Map<String, Integer> used, String id) {
		if (used.getOrDefault(id, 0) >= MAX_USES) {
			return false;
		}
		used.merge(id, 1, Integer::sum);
		return true;
	}

	private void walk(NodeModel node, List<Step> path, Map<String, Integer> used) {
		if (paths.size() >= MAX_PATHS) {
			return;
		}
		if (node.kind().equals("END")) {
			List<Step> complete = new ArrayList<>(path);
			complete.add(new Step(node, null));
			paths.add(List.copyOf(complete));
			return;
		}
		for (FlowModel flow : node.outgoing()) {
			if (use(used, flow.id())) {
				path.add(new Step(node, flow.id()));
				walk(nodes.get(flow.target()), path, used);
				path.remove(path.size() - 1);
				used.merge(flow.id(), -1, Integer::sum);
			}
		}
		for (NodeModel boundary : boundaries.getOrDefault(node.id(), List.of())) {
			if (use(used, boundary.id())) {
				path.add(new Step(node, null));
				walk(boundary, path, used);
				path.remove(path.size() - 1);
				used.merge(boundary.id(), -1, Integer::sum);
			}
		}
	}
}
