package io.processware.model.validation;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.Task;

/**
 * What a task's determinism demands: deterministic work is backed by rules or existing code;
 * non-deterministic work never passes for validated or deployed static code; variable work has a
 * runtime-LLM slot; every task is classified before generation.
 */
final class TaskRules implements RuleGroup {

	private static final Set<ImplementationStatus> STATIC_CODE_DONE = Set.of(ImplementationStatus.VALIDATED,
			ImplementationStatus.DEPLOYED);

	@Override
	public void check(EObject element, Findings findings) {
		if (!(element instanceof Task task)) {
			return;
		}
		Determinism determinism = task.getDeterminism();
		boolean hasCode = task.getExistingCode() != null && !task.getExistingCode().isBlank();
		if (determinism == Determinism.UNCLASSIFIED) {
			findings.report(Rule.TASK_UNCLASSIFIED, task, task.getName());
		}
		if (determinism == Determinism.DETERMINISTIC && task.getRuleSets().isEmpty() && !hasCode) {
			findings.report(Rule.TASK_DETERMINISTIC_BACKING, task, task.getName());
		}
		if (determinism == Determinism.NON_DETERMINISTIC && STATIC_CODE_DONE.contains(task.getImplementationStatus())) {
			findings.report(Rule.TASK_NON_DETERMINISTIC_STATIC, task, task.getName(), task.getImplementationStatus());
		}
		boolean needsSlot = determinism == Determinism.PARTIAL
				|| task.getImplementationStatus() == ImplementationStatus.RUNTIME_LLM;
		if (needsSlot && task.getLlmSlot() == null) {
			findings.report(Rule.TASK_LLM_SLOT, task, task.getName(), determinism, task.getImplementationStatus());
		}
	}
}
