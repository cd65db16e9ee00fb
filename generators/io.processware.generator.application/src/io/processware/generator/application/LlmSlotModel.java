package io.processware.generator.application;

import java.util.List;

import io.processware.generator.ModelView;

/**
 * A runtime-LLM slot: what the generated router asks a language model and how it checks the
 * answer. Taken from the rules file's {@code variable} declaration for the task when there is one
 * (prompt, inputs, typed schema), else from the task's slot in the model (purpose, input and output
 * attributes with their types).
 *
 * @param source            the declaration or the model's slot
 * @param name              the slot's name
 * @param prompt            the prompt; {@code {input}} placeholders are filled at run time
 * @param inputs            the inputs: name and the variable path each is read from
 * @param fields            the answer's fields and their types (TEXT, NUMBER, MONEY, DATE, BOOLEAN, DURATION)
 * @param minimumConfidence below it, the answer goes to people
 * @param fallback          HUMAN_REVIEW, RULE_DEFAULT or REJECT
 */
public record LlmSlotModel(Object source, String name, String prompt, List<Input> inputs, List<Field> fields,
		double minimumConfidence, String fallback) implements ModelView {

	public record Input(String name, String path) {
	}

	public record Field(String name, String type) {
	}

	@Override
	public Object element() {
		return source;
	}
}
