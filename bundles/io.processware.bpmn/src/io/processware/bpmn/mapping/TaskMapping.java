package io.processware.bpmn.mapping;

import java.util.List;

import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import io.processware.bpmn.TaskProfile;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.ProcessFactory;
import io.processware.model.process.Task;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.Solution;

/**
 * BPMN tasks into the metamodel's task kinds, with the Processware facts of their
 * {@code pw:taskProfile}. The metamodel has no plain (abstract) or manual task: both become user
 * tasks, work someone does, and the file keeps the exact kind.
 */
final class TaskMapping {
	private static final ProcessFactory FACTORY = ProcessFactory.eINSTANCE;

	private TaskMapping() {
	}

	static Task map(org.camunda.bpm.model.bpmn.instance.Task source, Solution context, List<String> notes) {
		Task task = create(source, notes);
		TaskProfile profile = TaskProfile.of(source);
		try {
			profile.determinism().ifPresent(task::setDeterminism);
			task.setImplementationStatus(profile.implementationStatus().orElse(ImplementationStatus.TO_GENERATE));
		} catch (IllegalStateException unknownValue) {
			notes.add(unknownValue.getMessage() + "; the model leaves it unset");
		}
		for (String ruleSetId : profile.ruleReferences()) {
			RuleSet ruleSet = context == null ? null
					: context.getRuleSets().stream().filter(set -> ruleSetId.equals(set.getId())).findFirst().orElse(null);
			if (ruleSet == null) {
				notes.add(source.getId() + ": rule set '" + ruleSetId + "' is not in the solution");
			} else {
				task.getRuleSets().add(ruleSet);
			}
		}
		return task;
	}

	private static Task create(org.camunda.bpm.model.bpmn.instance.Task source, List<String> notes) {
		if (source instanceof UserTask) {
			return FACTORY.createUserTask();
		}
		if (source instanceof ServiceTask service) {
			var task = FACTORY.createServiceTask();
			task.setOperation(service.getOperation() == null ? null : service.getOperation().getName());
			return task;
		}
		if (source instanceof ScriptTask script) {
			var task = FACTORY.createScriptTask();
			task.setScriptLanguage(script.getScriptFormat());
			task.setScript(script.getScript() == null ? null : script.getScript().getTextContent());
			return task;
		}
		if (source instanceof BusinessRuleTask) {
			return FACTORY.createBusinessRuleTask();
		}
		if (source instanceof SendTask send) {
			var task = FACTORY.createSendTask();
			task.setMessage(message(send.getMessage()));
			return task;
		}
		if (source instanceof ReceiveTask receive) {
			var task = FACTORY.createReceiveTask();
			task.setMessage(message(receive.getMessage()));
			return task;
		}
		notes.add(source.getId() + ": " + (source instanceof ManualTask ? "manual" : "abstract")
				+ " task mapped as a user task (the model has no such kind)");
		return FACTORY.createUserTask();
	}

	private static String message(Message message) {
		return message == null ? null : EventDefinitionMapping.nameOrId(message, message.getName());
	}
}
