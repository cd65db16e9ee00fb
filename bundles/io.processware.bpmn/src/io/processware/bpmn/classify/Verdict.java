package io.processware.bpmn.classify;

/** How a proposal relates to the class the task already has. */
public enum Verdict {
	/** The task is unclassified; applying the proposal fills the class in. */
	NEW("new"),
	/** The class was the classifier's and the evidence now says otherwise; applying revises it. */
	REVISED("revised"),
	/** The task already has the proposed class. */
	AGREES("agrees"),
	/** The analyst chose another class; it stays, the proposal is only shown. */
	ANALYST_DIFFERS("analyst differs"),
	/** Nothing in the model points either way: the analyst has to classify the task. */
	NO_EVIDENCE("no evidence");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** @return whether applying proposals changes the task */
	public boolean changesTask() {
		return this == NEW || this == REVISED;
	}
}
