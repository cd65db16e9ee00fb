package io.processware.model.validation;

/**
 * Every rule the validator checks, with the id that diagnostics name ({@code process.single-start})
 * and its severity. The message of each rule is in messages.properties under its id.
 */
public enum Rule {
	/** EMF's own checks: required values, value ranges, ... */
	MODEL_WELL_FORMED("model.well-formed", Severity.ERROR),
	/** A reference to an element that is in no loaded solution file. */
	MODEL_UNKNOWN_REFERENCE("model.unknown-reference", Severity.ERROR),
	MODEL_UNIQUE_ID("model.unique-id", Severity.ERROR),
	MODEL_ID_FORMAT("model.id-format", Severity.ERROR),
	PROCESS_SINGLE_START("process.single-start", Severity.ERROR),
	PROCESS_REACHABLE("process.reachable", Severity.ERROR),
	PROCESS_FLOW_SCOPE("process.flow-scope", Severity.ERROR),
	GATEWAY_FLOW_COUNT("gateway.flow-count", Severity.ERROR),
	GATEWAY_CONDITIONS("gateway.conditions", Severity.ERROR),
	GATEWAY_UNCONDITIONAL("gateway.unconditional", Severity.ERROR),
	GATEWAY_DEFAULT_FLOW("gateway.default-flow", Severity.ERROR),
	GATEWAY_EVENT_TARGETS("gateway.event-targets", Severity.ERROR),
	TASK_DETERMINISTIC_BACKING("task.deterministic-backing", Severity.ERROR),
	TASK_NON_DETERMINISTIC_STATIC("task.non-deterministic-static", Severity.ERROR),
	TASK_LLM_SLOT("task.llm-slot", Severity.ERROR),
	TASK_UNCLASSIFIED("task.unclassified", Severity.WARNING),
	DATA_RETENTION_RESIDENCY("data.retention-residency", Severity.ERROR),
	DATA_RETENTION_FORMAT("data.retention-format", Severity.ERROR),
	DATA_PII_ENCRYPTION_AT_REST("data.pii-encryption-at-rest", Severity.ERROR),
	QUALITY_GATE_WEIGHTS("quality-gate.weights", Severity.ERROR),
	QUALITY_GATE_THRESHOLDS("quality-gate.thresholds", Severity.ERROR),
	REVIEW_BOARD_REVIEWERS("review.board-reviewers", Severity.ERROR),
	REVIEW_ROUTE_BOARDS("review.route-boards", Severity.ERROR),
	FINOPS_ENVIRONMENT_BUDGET("finops.environment-budget", Severity.WARNING);

	private final String id;
	private final Severity severity;

	Rule(String id, Severity severity) {
		this.id = id;
		this.severity = severity;
	}

	public String id() {
		return id;
	}

	public Severity severity() {
		return severity;
	}

	/** @return the rule with this id, or null */
	public static Rule byId(String id) {
		for (Rule rule : values()) {
			if (rule.id.equals(id)) {
				return rule;
			}
		}
		return null;
	}
}
