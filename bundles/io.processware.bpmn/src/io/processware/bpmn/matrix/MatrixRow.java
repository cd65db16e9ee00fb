package io.processware.bpmn.matrix;

import java.util.List;

/**
 * One task's line of the implementation matrix: what it takes to get the task from its business
 * definition to production, and how a request is executed.
 */
public record MatrixRow(String process, String taskId, String task, String definition, String codeGeneration,
		String runtimeLlm, String humanValidation, String disasterRecovery, String securityReview,
		String dataGovernance, String compliance, String executionPath) {

	/** The column titles, in the order of {@link #cells()}. */
	public static final List<String> HEADER = List.of("Task", "Definition", "Code generation", "Runtime LLM",
			"Human validation", "Disaster recovery", "Security review", "Data governance", "Compliance",
			"Execution path");

	/** @return the cells under {@link #HEADER} */
	public List<String> cells() {
		return List.of(task, definition, codeGeneration, runtimeLlm, humanValidation, disasterRecovery,
				securityReview, dataGovernance, compliance, executionPath);
	}
}
