package io.processware.bpmn.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.processware.bpmn.DeterminismSource;
import io.processware.model.domain.Attribute;
import io.processware.model.domain.AttributeType;
import io.processware.model.process.BusinessRuleTask;
import io.processware.model.process.Determinism;
import io.processware.model.process.ReceiveTask;
import io.processware.model.process.RuntimeLlmSlot;
import io.processware.model.process.ScriptTask;
import io.processware.model.process.SendTask;
import io.processware.model.process.ServiceTask;
import io.processware.model.process.Task;
import io.processware.model.process.UserTask;
import io.processware.model.solution.RuleSet;

/**
 * Proposes a determinism class and an implementation strategy for a task from what the model says
 * about it. Evidence for rules — existing code, rule sets, a mechanical task kind — and evidence
 * for variable work — an LLM slot, free-text or document input, a person's judgement — are
 * collected separately; then:
 * <ul>
 * <li>existing code and nothing variable: deterministic, reuse the code;</li>
 * <li>rules and nothing variable: deterministic, generate;</li>
 * <li>both: partial, generate around a runtime-LLM slot;</li>
 * <li>only variable evidence: non-deterministic, runtime LLM with analytics;</li>
 * <li>no evidence: no proposal (the analyst decides).</li>
 * </ul>
 * The classifier only proposes: it never changes a task ({@link ClassificationRun} applies
 * proposals, and only to tasks the analyst has not classified).
 */
public final class DeterminismClassifier {
	/** Words that say a task reads unstructured input; the metamodel has no typed task inputs yet. */
	private static final Pattern FREE_TEXT = Pattern.compile(
			"\\b(scan(s|ned)?|ocr|document(s)?|pdf|e-?mail(s)?|letter(s)?|free[- ]text|chat|comment(s)?|attachment(s)?)\\b");

	private DeterminismClassifier() {
	}

	/**
	 * @param source who set the task's current class; {@link DeterminismSource#ANALYST} when unknown
	 */
	public static Proposal propose(Task task, DeterminismSource source) {
		List<Evidence> evidence = new ArrayList<>();
		boolean existingCode = ImplementationStrategy.hasExistingCode(task);
		if (existingCode) {
			evidence.add(new Evidence(Evidence.Kind.EXISTING_CODE, false, "implemented by existing code"
					+ (task.getExistingCode() == null || task.getExistingCode().isBlank() ? "" : ": " + task.getExistingCode())));
		}
		if (!task.getRuleSets().isEmpty()) {
			evidence.add(new Evidence(Evidence.Kind.RULE_SETS, false, "covered by the rule sets "
					+ task.getRuleSets().stream().map(RuleSet::getName).collect(Collectors.joining(", "))));
		}
		taskKind(task, evidence);
		if (task.getLlmSlot() != null) {
			evidence.add(new Evidence(Evidence.Kind.LLM_SLOT, true, "has a runtime-LLM slot: " + task.getLlmSlot().getPurpose()));
		}
		freeText(task, evidence);

		boolean rules = evidence.stream().anyMatch(found -> !found.variable());
		boolean variable = evidence.stream().anyMatch(Evidence::variable);
		Determinism proposed = rules && variable ? Determinism.PARTIAL
				: rules ? Determinism.DETERMINISTIC
						: variable ? Determinism.NON_DETERMINISTIC : Determinism.UNCLASSIFIED;
		return new Proposal(task, proposed, ImplementationStrategy.forClass(proposed, existingCode), evidence, source);
	}

	private static void taskKind(Task task, List<Evidence> evidence) {
		String kind = switch (task) {
		case BusinessRuleTask rule -> "a business-rule task: a decision by rules";
		case ScriptTask script when script.getScript() != null && !script.getScript().isBlank() ->
			"a script task whose script is given";
		case SendTask send -> "a send task: sending a message is mechanical";
		case ReceiveTask receive -> "a receive task: waiting for a message is mechanical";
		case ServiceTask service when service.getLegacySystem() != null || service.getOperation() != null ->
			"a service task calling " + (service.getLegacySystem() != null ? service.getLegacySystem().getName() : "an operation")
					+ (service.getOperation() != null ? " (" + service.getOperation() + ")" : "");
		default -> null;
		};
		if (kind != null) {
			evidence.add(new Evidence(Evidence.Kind.TASK_KIND, false, kind));
		} else if (task instanceof UserTask user) {
			evidence.add(new Evidence(Evidence.Kind.TASK_KIND, true, "a user task: a person's judgement"
					+ (user.getPerformer() != null ? " (" + user.getPerformer().getName() + ")" : "")));
		}
	}

	private static void freeText(Task task, List<Evidence> evidence) {
		RuntimeLlmSlot slot = task.getLlmSlot();
		List<String> documents = slot == null ? List.of()
				: slot.getInputs().stream().filter(input -> input.getType() == AttributeType.DOCUMENT)
						.map(Attribute::getName).toList();
		if (!documents.isEmpty()) {
			evidence.add(new Evidence(Evidence.Kind.FREE_TEXT_INPUT, true, "reads documents: " + String.join(", ", documents)));
			return;
		}
		String text = ((task.getName() == null ? "" : task.getName()) + " "
				+ (task.getDescription() == null ? "" : task.getDescription())).toLowerCase(Locale.ROOT);
		var found = FREE_TEXT.matcher(text);
		if (found.find()) {
			evidence.add(new Evidence(Evidence.Kind.FREE_TEXT_INPUT, true, "reads free text or documents ('"
					+ found.group() + "' in its name or description)"));
		}
	}
}
