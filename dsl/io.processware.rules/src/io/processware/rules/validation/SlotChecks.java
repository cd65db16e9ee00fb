package io.processware.rules.validation;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;

import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.RulesPackage;
import io.processware.rules.rules.SlotInput;

/**
 * LLM slots: each declares the typed schema of its answer (the generated router validates every model
 * answer against it and falls back otherwise), its prompt names only its inputs, and its confidence
 * threshold is a fraction.
 */
public class SlotChecks extends RulesCheck {

	/** A placeholder in a prompt template: {name}. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)\\}");

	@Check
	public void schema(LlmSlot slot) {
		if (slot.getSchema() == null || slot.getSchema().getFields().isEmpty()) {
			error("LLM slot " + slot.getName() + " has no output schema: declare what it returns, e.g. returns { answer : text }",
					slot, RulesPackage.Literals.LLM_SLOT__NAME, IssueCodes.MISSING_OUTPUT_SCHEMA);
		}
	}

	@Check
	public void placeholders(LlmSlot slot) {
		Set<String> inputs = slot.getInputs().stream().map(SlotInput::getName).collect(Collectors.toSet());
		Matcher matcher = PLACEHOLDER.matcher(slot.getPrompt() == null ? "" : slot.getPrompt());
		while (matcher.find()) {
			if (!inputs.contains(matcher.group(1))) {
				error("the prompt uses {" + matcher.group(1) + "}, which is not an input of " + slot.getName()
						+ " (declare it after 'using')", slot, RulesPackage.Literals.LLM_SLOT__PROMPT, IssueCodes.UNKNOWN_PLACEHOLDER);
			}
		}
	}

	@Check
	public void confidence(LlmSlot slot) {
		if (slot.getMinimumConfidence() != null && (slot.getMinimumConfidence().signum() < 0
				|| slot.getMinimumConfidence().compareTo(java.math.BigDecimal.ONE) > 0)) {
			error("a confidence is a fraction between 0 and 1", slot, RulesPackage.Literals.LLM_SLOT__MINIMUM_CONFIDENCE,
					IssueCodes.INVALID_LITERAL);
		}
	}
}
