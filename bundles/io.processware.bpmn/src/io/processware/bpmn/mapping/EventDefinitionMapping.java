package io.processware.bpmn.mapping;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.processware.model.process.Event;
import io.processware.model.process.ProcessFactory;
import io.processware.model.process.TimerKind;

/**
 * BPMN event definitions into the metamodel's: timer, message, error and signal. The metamodel
 * holds one definition per event and the names of messages, errors and signals rather than
 * references to root elements; escalation, conditional, link, compensation, cancel and terminate
 * definitions have no counterpart and stay in the file only.
 */
final class EventDefinitionMapping {
	private static final ProcessFactory FACTORY = ProcessFactory.eINSTANCE;

	private EventDefinitionMapping() {
	}

	static void map(org.camunda.bpm.model.bpmn.instance.Event source, Event target, List<String> notes) {
		Collection<EventDefinition> definitions = definitionsOf(source);
		if (definitions.size() > 1) {
			notes.add(source.getId() + ": " + definitions.size()
					+ " event definitions (multiple event); the model keeps the first");
		}
		definitions.stream().findFirst().ifPresent(definition -> {
			io.processware.model.process.EventDefinition mapped = toModel(definition);
			if (mapped == null) {
				notes.add(source.getId() + ": " + definition.getElementType().getTypeName()
						+ " has no counterpart in the model; the file keeps it");
				return;
			}
			mapped.setId(definition.getId() != null ? definition.getId() : source.getId() + ".definition");
			target.setDefinition(mapped);
		});
	}

	private static Collection<EventDefinition> definitionsOf(org.camunda.bpm.model.bpmn.instance.Event event) {
		if (event instanceof CatchEvent catching) {
			return catching.getEventDefinitions();
		}
		if (event instanceof ThrowEvent throwing) {
			return throwing.getEventDefinitions();
		}
		return List.of();
	}

	private static io.processware.model.process.EventDefinition toModel(EventDefinition definition) {
		if (definition instanceof TimerEventDefinition timer) {
			return timer(timer);
		}
		if (definition instanceof MessageEventDefinition message) {
			var mapped = FACTORY.createMessageEventDefinition();
			mapped.setMessage(message.getMessage() == null ? null : nameOrId(message.getMessage(),
					message.getMessage().getName()));
			return mapped;
		}
		if (definition instanceof ErrorEventDefinition error) {
			var mapped = FACTORY.createErrorEventDefinition();
			mapped.setErrorCode(error.getError() == null ? null
					: error.getError().getErrorCode() != null ? error.getError().getErrorCode()
							: nameOrId(error.getError(), error.getError().getName()));
			return mapped;
		}
		if (definition instanceof SignalEventDefinition signal) {
			var mapped = FACTORY.createSignalEventDefinition();
			mapped.setSignal(signal.getSignal() == null ? null : nameOrId(signal.getSignal(), signal.getSignal().getName()));
			return mapped;
		}
		return null;
	}

	private static io.processware.model.process.TimerEventDefinition timer(TimerEventDefinition timer) {
		var mapped = FACTORY.createTimerEventDefinition();
		if (timer.getTimeDate() != null) {
			mapped.setTimer(TimerKind.DATE);
			mapped.setExpression(timer.getTimeDate().getTextContent().trim());
		} else if (timer.getTimeDuration() != null) {
			mapped.setTimer(TimerKind.DURATION);
			mapped.setExpression(timer.getTimeDuration().getTextContent().trim());
		} else if (timer.getTimeCycle() != null) {
			mapped.setTimer(TimerKind.CYCLE);
			mapped.setExpression(timer.getTimeCycle().getTextContent().trim());
		}
		return mapped;
	}

	/** Messages, errors and signals are named in the model; an unnamed one is known by its id. */
	static String nameOrId(ModelElementInstance element, String name) {
		return name != null && !name.isBlank() ? name : element.getAttributeValue("id");
	}
}
