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

	@Override
	public Object element() {
		return source;
	}
}
