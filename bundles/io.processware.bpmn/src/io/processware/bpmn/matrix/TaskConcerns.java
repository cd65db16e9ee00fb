package io.processware.bpmn.matrix;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.DataClassification;
import io.processware.model.process.SendTask;
import io.processware.model.process.ServiceTask;
import io.processware.model.process.Task;
import io.processware.model.solution.LegacySystem;

/** What a task touches that reviews care about: its data, personal data, the legacy system it calls. */
record TaskConcerns(List<Attribute> data, List<Attribute> personalData, List<Attribute> personalDataToLlm,
		List<Attribute> sensitiveData, LegacySystem legacySystem) {

	private static final Set<DataClassification> SENSITIVE = Set.of(DataClassification.CONFIDENTIAL,
			DataClassification.RESTRICTED);

	static TaskConcerns of(Task task) {
		List<Attribute> data = task.getEntities().stream().flatMap(entity -> entity.getAttributes().stream()).toList();
		List<Attribute> slotInputs = task.getLlmSlot() == null ? List.of() : task.getLlmSlot().getInputs();
		List<Attribute> all = Stream.concat(data.stream(), slotInputs.stream()).distinct().toList();
		LegacySystem legacy = task instanceof ServiceTask service ? service.getLegacySystem()
				: task instanceof SendTask send ? send.getLegacySystem() : null;
		return new TaskConcerns(all, all.stream().filter(Attribute::isPersonalData).toList(),
				slotInputs.stream().filter(Attribute::isPersonalData).toList(),
				all.stream().filter(attribute -> SENSITIVE.contains(attribute.getClassification())).toList(), legacy);
	}
}
