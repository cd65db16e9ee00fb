package io.processware.bpmn.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import io.processware.bpmn.classify.ClassificationRun;
import io.processware.bpmn.classify.ImplementationStrategy;
import io.processware.model.domain.Attribute;
import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.LlmFallback;
import io.processware.model.process.Process;
import io.processware.model.process.RuntimeLlmSlot;
import io.processware.model.process.Task;
import io.processware.model.process.UserTask;
import io.processware.model.review.ReviewBoardKind;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentKind;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.Solution;

/**
 * The implementation matrix of a solution: per process and task, whether its definition is
 * complete, whether code must be generated, its runtime-LLM use, human validation, disaster
 * recovery, security review, data governance and compliance concerns, and the resulting execution
 * path. Everything is derived from the model; nothing here is stored.
 */
public final class ImplementationMatrix {
	private final Map<Process, List<MatrixRow>> rows = new LinkedHashMap<>();

	private ImplementationMatrix() {
	}

	/** @return the matrix of every process of the solution, in model order */
	public static ImplementationMatrix of(Solution solution) {
		ImplementationMatrix matrix = new ImplementationMatrix();
		SolutionContext context = new SolutionContext(solution);
		for (Process process : solution.getProcesses()) {
			matrix.rows.put(process, ClassificationRun.tasks(process).stream().map(task -> row(process, task, context)).toList());
		}
		return matrix;
	}

	/** @return the rows per process */
	public Map<Process, List<MatrixRow>> rows() {
		return rows;
	}

	/** @return the matrix written as one table per process */
	public String render(TableFormat format) {
		StringJoiner out = new StringJoiner("\n");
		rows.forEach((process, taskRows) -> out.add(format.render("Process " + process.getName() + " (" + process.getId() + ")",
				MatrixRow.HEADER, taskRows.stream().map(MatrixRow::cells).toList())));
		return out.toString();
	}

	private static MatrixRow row(Process process, Task task, SolutionContext context) {
		ImplementationStrategy strategy = ImplementationStrategy.of(task);
		TaskConcerns concerns = TaskConcerns.of(task);
		return new MatrixRow(process.getId(), task.getId(), task.getName(), definition(task), codeGeneration(task, strategy),
				runtimeLlm(task, strategy), humanValidation(task, strategy), disasterRecovery(task, strategy, concerns, context),
				securityReview(task, concerns, context), dataGovernance(concerns), compliance(task, strategy),
				ExecutionPaths.of(task, strategy));
	}

	/** What {@link #definition(Task)} says of a task whose definition lets it be built. */
	public static final String COMPLETE = "complete";

	/** @return whether the business definition lets the task be built: the same demands validation makes */
	public static String definition(Task task) {
		if (task.getDeterminism() == Determinism.UNCLASSIFIED) {
			return "unclassified";
		}
		if (task.getDeterminism() == Determinism.DETERMINISTIC && task.getRuleSets().isEmpty()
				&& !ImplementationStrategy.hasExistingCode(task)) {
			return "rules missing";
		}
		boolean needsSlot = task.getDeterminism() == Determinism.PARTIAL
				|| task.getImplementationStatus() == ImplementationStatus.RUNTIME_LLM;
		return needsSlot && task.getLlmSlot() == null ? "LLM slot missing" : COMPLETE;
	}

	private static String codeGeneration(Task task, ImplementationStrategy strategy) {
		if (strategy == null) {
			return "undecided";
		}
		String need = switch (strategy) {
		case REUSE_EXISTING_CODE -> "none (existing code)";
		case GENERATE -> "generate";
		case HYBRID_WITH_LLM_SLOT -> "generate around the LLM slot";
		case RUNTIME_LLM_WITH_ANALYTICS -> "none (router and analytics only)";
		};
		ImplementationStatus status = task.getImplementationStatus();
		boolean done = status == ImplementationStatus.GENERATED || status == ImplementationStatus.VALIDATED
				|| status == ImplementationStatus.DEPLOYED;
		return done ? need + ", " + status.getLiteral().toLowerCase(Locale.ROOT) : need;
	}

	private static String runtimeLlm(Task task, ImplementationStrategy strategy) {
		RuntimeLlmSlot slot = task.getLlmSlot();
		if (slot != null) {
			return "slot" + (slot.getMinimumConfidence() > 0 ? ", confidence >= " + slot.getMinimumConfidence() : "")
					+ ", fallback " + fallback(slot);
		}
		return strategy == ImplementationStrategy.RUNTIME_LLM_WITH_ANALYTICS ? "whole task" : "no";
	}

	static String fallback(RuntimeLlmSlot slot) {
		return slot.getFallback().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String humanValidation(Task task, ImplementationStrategy strategy) {
		List<String> parts = new ArrayList<>();
		if (task instanceof UserTask user) {
			parts.add("performed by " + (user.getPerformer() != null ? user.getPerformer().getName() : "a person"));
		}
		RuntimeLlmSlot slot = task.getLlmSlot();
		if (slot != null && slot.getFallback() == LlmFallback.HUMAN_REVIEW) {
			parts.add("reviews answers below the confidence");
		}
		if (strategy == ImplementationStrategy.GENERATE || strategy == ImplementationStrategy.HYBRID_WITH_LLM_SLOT) {
			parts.add("generated code approved before deployment");
		}
		if (strategy == ImplementationStrategy.RUNTIME_LLM_WITH_ANALYTICS && !(task instanceof UserTask)) {
			parts.add("samples of LLM answers reviewed");
		}
		return parts.isEmpty() ? "no" : String.join("; ", parts);
	}

	private static String disasterRecovery(Task task, ImplementationStrategy strategy, TaskConcerns concerns,
			SolutionContext context) {
		List<String> parts = new ArrayList<>();
		if (concerns.legacySystem() != null) {
			double availability = concerns.legacySystem().getSlaAvailability();
			parts.add("depends on " + concerns.legacySystem().getName()
					+ (availability > 0 ? " (SLA " + percent(availability) + ")" : " (no SLA)"));
		}
		if (task.getLlmSlot() != null || strategy == ImplementationStrategy.RUNTIME_LLM_WITH_ANALYTICS) {
			parts.add("LLM outage: " + (task.getLlmSlot() != null ? fallback(task.getLlmSlot()) : "queue for a person"));
		}
		if (strategy == ImplementationStrategy.GENERATE || strategy == ImplementationStrategy.HYBRID_WITH_LLM_SLOT) {
			parts.add(context.recoveryEnvironment() == null ? "redeploy from git (no DR environment)"
					: "redeploy from git to " + context.recoveryEnvironment().getName());
		}
		if (strategy == ImplementationStrategy.REUSE_EXISTING_CODE && concerns.legacySystem() == null) {
			parts.add("the existing system's own recovery");
		}
		return parts.isEmpty() ? "-" : String.join("; ", parts);
	}

	private static String securityReview(Task task, TaskConcerns concerns, SolutionContext context) {
		List<String> reasons = new ArrayList<>();
		if (!concerns.sensitiveData().isEmpty()) {
			reasons.add("confidential data (" + names(concerns.sensitiveData()) + ")");
		}
		if (concerns.legacySystem() != null) {
			reasons.add("calls " + concerns.legacySystem().getName());
		}
		if (task.getLlmSlot() != null) {
			reasons.add("data sent to an LLM");
		}
		if (reasons.isEmpty()) {
			return "standard";
		}
		return "required: " + String.join(", ", reasons) + (context.hasBoard(ReviewBoardKind.SECURITY) ? "" : " (no security board!)");
	}

	private static String dataGovernance(TaskConcerns concerns) {
		if (concerns.personalData().isEmpty()) {
			return concerns.data().isEmpty() ? "-" : "no personal data";
		}
		String personal = concerns.personalData().stream().map(attribute -> attribute.getName()
				+ (attribute.getRetention() != null ? " " + attribute.getRetention() : "")
				+ (attribute.getResidency() != null ? " " + attribute.getResidency() : "")).collect(Collectors.joining(", "));
		return "PII: " + personal + (concerns.personalDataToLlm().isEmpty() ? ""
				: "; PII to the LLM: " + names(concerns.personalDataToLlm()));
	}

	private static String compliance(Task task, ImplementationStrategy strategy) {
		List<String> parts = new ArrayList<>();
		if (!task.getRuleSets().isEmpty()) {
			parts.add("versioned rules " + task.getRuleSets().stream().map(RuleSet::getId).collect(Collectors.joining(", ")));
		}
		if (task.getLlmSlot() != null || strategy == ImplementationStrategy.RUNTIME_LLM_WITH_ANALYTICS) {
			parts.add("LLM answers logged for audit");
		}
		if (task instanceof UserTask) {
			parts.add("decision recorded with its performer");
		}
		return parts.isEmpty() ? "-" : String.join("; ", parts);
	}

	private static String names(List<Attribute> attributes) {
		return attributes.stream().map(Attribute::getName).collect(Collectors.joining(", "));
	}

	private static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
	}

	/** Solution-wide facts every row needs. */
	private record SolutionContext(Solution solution) {
		Environment recoveryEnvironment() {
			return solution.getEnvironments().stream().filter(environment -> environment.getKind() == EnvironmentKind.DR)
					.findFirst().orElse(null);
		}

		boolean hasBoard(ReviewBoardKind kind) {
			return solution.getReviewBoards().stream().anyMatch(board -> board.getKind() == kind);
		}
	}
}
