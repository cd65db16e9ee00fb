package io.processware.bpmn.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.DataObject;
import io.processware.model.process.DataStore;
import io.processware.model.process.ErrorEventDefinition;
import io.processware.model.process.Event;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.FlowNode;
import io.processware.model.process.InclusiveGateway;
import io.processware.model.process.Lane;
import io.processware.model.process.MessageEventDefinition;
import io.processware.model.process.MessageFlow;
import io.processware.model.process.Participant;
import io.processware.model.process.Process;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.SignalEventDefinition;
import io.processware.model.process.Task;
import io.processware.model.process.TimerEventDefinition;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.RuleSet;

/**
 * Whether a solution model's process and the process read from its BPMN file say the same: the same
 * flow nodes (id, kind, name, event definition, attachment, default flow, task facts), sequence
 * flows (ends, name, condition), lanes, message flows, data objects and stores. Pools of the file
 * must be participants of the model; the model may know more participants (roles and systems that
 * only lanes stand for), which BPMN has no place for.
 */
public final class ProcessAgreement {

	private ProcessAgreement() {
	}

	/** @return one line per disagreement, naming the element id; empty when they agree */
	public static List<String> differences(Process model, Process file) {
		Map<String, String> expected = facts(model);
		Map<String, String> actual = facts(file);
		List<String> differences = new ArrayList<>();
		expected.forEach((id, fact) -> {
			String other = actual.get(id);
			if (other == null) {
				if (!fact.startsWith("participant")) {
					differences.add(id + ": in the model (" + fact + "), not in the BPMN file");
				}
			} else if (!other.equals(fact)) {
				differences.add(id + ": the model says " + fact + ", the BPMN file says " + other);
			}
		});
		actual.keySet().stream().filter(id -> !expected.containsKey(id))
				.forEach(id -> differences.add(id + ": in the BPMN file (" + actual.get(id) + "), not in the model"));
		return differences;
	}

	private static Map<String, String> facts(Process process) {
		Map<String, String> facts = new TreeMap<>();
		for (TreeIterator<EObject> it = process.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			String fact = fact(element);
			if (fact != null) {
				facts.put(((ModelElement) element).getId(), fact);
			}
		}
		return facts;
	}

	private static String fact(EObject element) {
		return switch (element) {
		case FlowNode node -> node.eClass().getName() + " '" + node.getName() + "'" + details(node);
		case SequenceFlow flow -> "flow " + id(flow.getSource()) + " -> " + id(flow.getTarget())
				+ optional(" '", flow.getName(), "'") + optional(" [", flow.getCondition(), "]");
		case Lane lane -> "lane '" + lane.getName() + "' " + lane.getNodes().stream().map(FlowNode::getId).sorted().toList();
		case MessageFlow flow -> "message '" + flow.getMessage() + "' " + id(flow.getSource()) + " -> "
				+ id(flow.getTarget()) + " at " + id(flow.getNode());
		case Participant participant -> "participant '" + participant.getName() + "'";
		case DataObject data -> "data object '" + data.getName() + "'";
		case DataStore store -> "data store '" + store.getName() + "'";
		default -> null;
		};
	}

	private static String details(FlowNode node) {
		StringBuilder details = new StringBuilder();
		if (node instanceof Event event && event.getDefinition() != null) {
			details.append(" ").append(definition(event.getDefinition()));
		}
		if (node instanceof BoundaryEvent boundary) {
			details.append(" on ").append(id(boundary.getAttachedTo()))
					.append(boundary.isInterrupting() ? "" : " non-interrupting");
		}
		if (node instanceof ExclusiveGateway gateway && gateway.getDefaultFlow() != null) {
			details.append(" default ").append(gateway.getDefaultFlow().getId());
		}
		if (node instanceof InclusiveGateway gateway && gateway.getDefaultFlow() != null) {
			details.append(" default ").append(gateway.getDefaultFlow().getId());
		}
		if (node instanceof Task task) {
			details.append(" ").append(task.getDeterminism()).append(" ").append(task.getImplementationStatus())
					.append(task.getRuleSets().stream().map(RuleSet::getId).sorted().collect(Collectors.joining(",", " rules[", "]")));
		}
		return details.toString();
	}

	private static String definition(io.processware.model.process.EventDefinition definition) {
		return switch (definition) {
		case TimerEventDefinition timer -> "timer " + timer.getTimer() + " " + timer.getExpression();
		case MessageEventDefinition message -> "message " + message.getMessage();
		case ErrorEventDefinition error -> "error " + error.getErrorCode();
		case SignalEventDefinition signal -> "signal " + signal.getSignal();
		default -> definition.eClass().getName();
		};
	}

	private static String id(ModelElement element) {
		return element == null ? "(none)" : element.getId();
	}

	private static String optional(String prefix, String value, String suffix) {
		return value == null || value.isEmpty() ? "" : prefix + value + suffix;
	}
}
