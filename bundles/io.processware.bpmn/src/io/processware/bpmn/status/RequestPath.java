package io.processware.bpmn.status;

/**
 * The path a request takes today through a process or task, from the first state check that is
 * not yet passed: a process is served by the best version that exists, never by nothing.
 */
public enum RequestPath {
	BUSINESS_DEFINITION_REQUIRED("business definition required"),
	RUNTIME_LLM_WHILE_GENERATION_QUEUED("runtime LLM while generation is queued"),
	PREVIOUS_VALIDATED_VERSION_WHILE_REVIEW_PENDING("previous validated version while review is pending"),
	STAGED_VERSION_WHILE_DEPLOYMENT_QUEUED("staged version while deployment is queued"),
	STATIC_CODE("execute static code");

	private final String label;

	RequestPath(String label) {
		this.label = label;
	}

	/** @return the path in the business's words */
	public String label() {
		return label;
	}

	/** @return the path for the first check not passed */
	static RequestPath forChecks(boolean defined, boolean generated, boolean validated, boolean deployed) {
		return !defined ? BUSINESS_DEFINITION_REQUIRED
				: !generated ? RUNTIME_LLM_WHILE_GENERATION_QUEUED
						: !validated ? PREVIOUS_VALIDATED_VERSION_WHILE_REVIEW_PENDING
								: !deployed ? STAGED_VERSION_WHILE_DEPLOYMENT_QUEUED : STATIC_CODE;
	}
}
