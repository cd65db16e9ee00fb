package io.processware.generator.application;

import java.util.ArrayList;
import java.util.List;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.Entity;
import io.processware.model.process.RuntimeLlmSlot;
import io.processware.model.process.Task;
import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.PrimitiveType;
import io.processware.rules.rules.SchemaField;
import io.processware.rules.rules.SlotInput;

/** Finds the runtime-LLM slot of a task: its rules-file declaration first, the model's slot second. */
final class LlmSlots {

	private LlmSlots() {
	}

	/** @return the task's slot, or null when it has none */
	static LlmSlotModel of(Task task, String taskId, List<LlmSlot> declared) {
		for (LlmSlot slot : declared) {
			if (taskId.equals(Orchestration.id(slot.getTask()))) {
				return fromDeclaration(slot, task.getLlmSlot());
			}
		}
		return task.getLlmSlot() == null ? null : fromModel(task.getLlmSlot());
	}

	private static LlmSlotModel fromDeclaration(LlmSlot slot, RuntimeLlmSlot modelSlot) {
		List<LlmSlotModel.Input> inputs = new ArrayList<>();
		for (SlotInput input : slot.getInputs()) {
			inputs.add(new LlmSlotModel.Input(input.getName(), RulesText.pathOr(input.getValue(), input.getName())));
		}
		List<LlmSlotModel.Field> fields = new ArrayList<>();
		if (slot.getSchema() != null) {
			for (SchemaField field : slot.getSchema().getFields()) {
				String type = field.getType() instanceof PrimitiveType p ? p.getKind().getName() : "TEXT";
				fields.add(new LlmSlotModel.Field(field.getName(), type));
			}
		}
		double confidence = slot.getMinimumConfidence() != null ? slot.getMinimumConfidence().doubleValue()
				: modelSlot != null ? modelSlot.getMinimumConfidence() : 0;
		String fallback = slot.getFallback() != null ? slot.getFallback().getName() : "HUMAN_REVIEW";
		return new LlmSlotModel(slot, slot.getName(), slot.getPrompt(), List.copyOf(inputs), List.copyOf(fields),
				confidence, fallback);
	}

	private static LlmSlotModel fromModel(RuntimeLlmSlot slot) {
		List<LlmSlotModel.Input> inputs = new ArrayList<>();
		StringBuilder prompt = new StringBuilder(slot.getPurpose() == null ? "" : slot.getPurpose());
		for (Attribute attribute : slot.getInputs()) {
			String name = Names.kebab(attribute.getName());
			inputs.add(new LlmSlotModel.Input(name, path(attribute)));
			prompt.append(" ").append(attribute.getName()).append(": {").append(name).append("}");
		}
		List<LlmSlotModel.Field> fields = slot.getOutputs().stream()
				.map(a -> new LlmSlotModel.Field(Names.kebab(a.getName()), type(a))).toList();
		String name = slot.getId() == null ? "slot" : slot.getId().substring(slot.getId().lastIndexOf('.') + 1);
		return new LlmSlotModel(slot, name, prompt.toString(), List.copyOf(inputs), fields, slot.getMinimumConfidence(),
				slot.getFallback() == null ? "HUMAN_REVIEW" : slot.getFallback().getName());
	}

	private static String path(Attribute attribute) {
		return attribute.eContainer() instanceof Entity entity
				? Names.javaMember(entity.getName()) + "." + Names.javaMember(attribute.getName())
				: Names.javaMember(attribute.getName());
	}

	private static String type(Attribute attribute) {
		if (attribute.getType() == null) {
			return "TEXT";
		}
		return switch (attribute.getType()) {
		case INTEGER, DECIMAL -> "NUMBER";
		case MONEY -> "MONEY";
		case BOOLEAN -> "BOOLEAN";
		case DATE -> "DATE";
		default -> "TEXT";
		};
	}
}
