package io.processware.bpmn;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * One imported BPMN 2.0 file. It keeps the BPMN model API's instance, which is backed by the file's
 * own XML tree: everything Processware does not model (foreign extension elements and attributes,
 * documentation, every shape, edge and label of every diagram, collaborations and pools) is
 * therefore written back exactly as it came. The mapping to the Processware metamodel reads and
 * updates this document; it never rebuilds the XML from scratch.
 */
public final class BpmnDocument {
	private final String source;
	private final BpmnModelInstance model;
	private final List<String> laidOutElements;

	BpmnDocument(String source, BpmnModelInstance model, List<String> laidOutElements) {
		this.source = source;
		this.model = model;
		this.laidOutElements = List.copyOf(laidOutElements);
	}

	/** @return the file (or stream) name the document was read from */
	public String source() {
		return source;
	}

	/** @return the BPMN model, a live view of the XML that will be written back */
	public BpmnModelInstance model() {
		return model;
	}

	/** @return whether import generated a diagram because the file had none for some process */
	public boolean wasLaidOutAutomatically() {
		return !laidOutElements.isEmpty();
	}

	/** @return the processes and collaborations whose diagram import generated, by id */
	public List<String> laidOutElements() {
		return laidOutElements;
	}

	/** @return every task of every process (user, service, script, ... tasks included) */
	public Collection<Task> tasks() {
		return model.getModelElementsByType(Task.class);
	}

	/** @return Processware's facts about the task with this id, if the document has such a task */
	public Optional<TaskProfile> taskProfile(String taskId) {
		return model.getModelElementById(taskId) instanceof Task task ? Optional.of(TaskProfile.of(task))
				: Optional.empty();
	}
}
