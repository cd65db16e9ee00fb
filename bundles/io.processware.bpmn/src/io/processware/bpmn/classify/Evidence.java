package io.processware.bpmn.classify;

/**
 * One reason behind a proposal.
 *
 * @param kind     what kind of evidence it is
 * @param variable whether it speaks for variable work (an LLM or a person) rather than for rules
 * @param detail   what exactly was found, in the business's words
 */
public record Evidence(Kind kind, boolean variable, String detail) {

	/** The kinds of evidence the classifier weighs. */
	public enum Kind {
		EXISTING_CODE, RULE_SETS, TASK_KIND, LLM_SLOT, FREE_TEXT_INPUT
	}

	@Override
	public String toString() {
		return detail;
	}
}
