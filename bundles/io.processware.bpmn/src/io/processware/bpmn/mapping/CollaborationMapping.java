package io.processware.bpmn.mapping;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.InteractionNode;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.processware.model.process.FlowNode;
import io.processware.model.process.MessageFlow;
import io.processware.model.process.Participant;
import io.processware.model.process.ParticipantKind;
import io.processware.model.process.Process;
import io.processware.model.process.ProcessFactory;

/**
 * Pools and message flows. A pool that runs one of the file's processes belongs to that process;
 * a black-box pool (an external party without a process) and a message flow between pools belong
 * to the first process of the collaboration that touches them, so that each id is in the model once.
 * A message flow's ends are pools in the model; the node where it leaves or arrives is kept too.
 */
final class CollaborationMapping {
	private static final ProcessFactory FACTORY = ProcessFactory.eINSTANCE;

	private final Map<String, Process> processes;
	private final Map<String, ScopeMapping> scopes;
	private final List<String> notes;

	CollaborationMapping(Map<String, Process> processes, Map<String, ScopeMapping> scopes, List<String> notes) {
		this.processes = processes;
		this.scopes = scopes;
		this.notes = notes;
	}

	void map(Collaboration collaboration, Map<String, Participant> participants) {
		Process first = collaboration.getParticipants().stream().filter(pool -> pool.getProcess() != null)
				.map(pool -> processes.get(pool.getProcess().getId())).filter(process -> process != null).findFirst()
				.orElse(null);
		if (first == null) {
			notes.add(collaboration.getId() + ": a collaboration of black-box pools only; the model has no process for it");
			return;
		}
		for (var pool : collaboration.getParticipants()) {
			Participant participant = FACTORY.createParticipant();
			ScopeMapping.identify(participant, pool);
			participant.setName(pool.getName());
			Process owner = pool.getProcess() == null ? null : processes.get(pool.getProcess().getId());
			participant.setKind(owner == null ? ParticipantKind.EXTERNAL_PARTY : ParticipantKind.INTERNAL_ROLE);
			(owner == null ? first : owner).getParticipants().add(participant);
			participants.put(pool.getId(), participant);
			if (owner != null) {
				owner.getLanes().forEach(lane -> lane.setParticipant(participant));
			}
		}
		for (var flow : collaboration.getMessageFlows()) {
			MessageFlow mapped = FACTORY.createMessageFlow();
			ScopeMapping.identify(mapped, flow);
			mapped.setMessage(flow.getMessage() != null
					? EventDefinitionMapping.nameOrId(flow.getMessage(), flow.getMessage().getName())
					: flow.getName());
			mapped.setSource(pool(flow.getSource(), participants));
			mapped.setTarget(pool(flow.getTarget(), participants));
			FlowNode node = node(flow.getSource());
			mapped.setNode(node != null ? node : node(flow.getTarget()));
			Process owner = processOf(flow.getSource());
			if (owner == null) {
				owner = processOf(flow.getTarget());
			}
			(owner == null ? first : owner).getMessageFlows().add(mapped);
		}
	}

	/** The pool of a message flow's end: the pool itself, or the pool of the process holding the node. */
	private Participant pool(InteractionNode end, Map<String, Participant> participants) {
		if (end instanceof org.camunda.bpm.model.bpmn.instance.Participant pool) {
			return participants.get(pool.getId());
		}
		Process process = processOf(end);
		return process == null ? null : participants.values().stream()
				.filter(participant -> participant.eContainer() == process && participant.getKind() == ParticipantKind.INTERNAL_ROLE)
				.findFirst().orElse(null);
	}

	private FlowNode node(InteractionNode end) {
		if (!(end instanceof org.camunda.bpm.model.bpmn.instance.FlowNode node)) {
			return null;
		}
		return scopes.values().stream().map(scope -> scope.node(node.getId())).filter(found -> found != null)
				.findFirst().orElse(null);
	}

	/** @return the model process holding a flow node, or null for a pool */
	private Process processOf(InteractionNode end) {
		ModelElementInstance parent = end instanceof org.camunda.bpm.model.bpmn.instance.FlowNode node
				? node.getParentElement() : null;
		while (parent != null && !(parent instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
			parent = parent.getParentElement();
		}
		return parent == null ? null : processes.get(((org.camunda.bpm.model.bpmn.instance.Process) parent).getId());
	}
}
