package io.processware.generator.application;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.model.process.Process;

/**
 * A process as the generated service runs it: a state machine over its nodes, one step handler per
 * task, and the paths its generated flow test drives.
 *
 * @param source      the process in the model
 * @param key         its id: the key clients start it by
 * @param name        its name
 * @param className   the state machine's Java class
 * @param packageName the Java package segment of its step handlers
 * @param origin      where it was drawn (its BPMN file, or the model), for messages
 * @param startNode   the id of its start event
 * @param nodes       its nodes, in model order
 * @param paths       its paths from the start event to an end event
 */
public record ProcessModel(Process source, String key, String name, String className, String packageName,
		String origin, String startNode, List<NodeModel> nodes, List<PathModel> paths) implements ModelView {

	/** @return its tasks' steps */
	public List<TaskModel> tasks() {
		return nodes.stream().map(NodeModel::task).filter(t -> t != null).toList();
	}

	/** @return the ids of the boundary events attached to an activity, in model order */
	public List<String> boundaryEventsOf(String activity) {
		return nodes.stream().filter(n -> activity.equals(n.attachedTo())).map(NodeModel::id).toList();
	}

	/** @return the interrupting error boundary event of an activity (where a rejected step goes), or null */
	public String rejectionEventOf(String activity) {
		return nodes.stream().filter(n -> activity.equals(n.attachedTo()) && n.isRejectionEvent()).map(NodeModel::id)
				.findFirst().orElse(null);
	}

	/** @return whether a token waits somewhere for a message (a receive task or a message catch event) */
	public boolean waitsForMessages() {
		return nodes.stream().anyMatch(n -> n.message() != null);
	}

	/**
	 * @return the receive task a new instance waits at before anything else happens (from the start
	 *         event through events it passes), or null: the generated test of message correlation starts there
	 */
	public NodeModel receiveAfterStart() {
		NodeModel node = nodes.stream().filter(n -> n.id().equals(startNode)).findFirst().orElse(null);
		for (int i = 0; node != null && i < nodes.size(); i++) {
			if (node.task() != null && node.task().type().equals("RECEIVE")) {
				return node;
			}
			if (!(node.kind().equals("START") || node.kind().equals("PASS")) || node.outgoing().size() != 1) {
				return null;
			}
			String next = node.outgoing().get(0).target();
			node = nodes.stream().filter(n -> n.id().equals(next)).findFirst().orElse(null);
		}
		return null;
	}

	/** @return whether it has a timer the engine schedules */
	public boolean hasTimers() {
		return nodes.stream().anyMatch(n -> n.timer() != null);
	}

	@Override
	public Object element() {
		return source;
	}
}
