package io.processware.bpmn.matrix;

import io.processware.bpmn.classify.ImplementationStrategy;
import io.processware.model.process.RuntimeLlmSlot;
import io.processware.model.process.Task;
import io.processware.model.process.UserTask;

/** How a request passes a task once it is implemented the way its class calls for. */
final class ExecutionPaths {

	private ExecutionPaths() {
	}

	static String of(Task task, ImplementationStrategy strategy) {
		String work = task instanceof UserTask user
				? "work item for " + (user.getPerformer() != null ? user.getPerformer().getName() : "a person") : null;
		if (strategy == null) {
			return "business definition required";
		}
		RuntimeLlmSlot slot = task.getLlmSlot();
		String path = switch (strategy) {
		case REUSE_EXISTING_CODE -> "existing code" + (task.getExistingCode() == null ? "" : " (" + task.getExistingCode() + ")");
		case GENERATE -> "generated static code";
		case HYBRID_WITH_LLM_SLOT -> "generated code, LLM slot for the variable part"
				+ (slot == null ? "" : ", " + ImplementationMatrix.fallback(slot) + " below confidence");
		case RUNTIME_LLM_WITH_ANALYTICS -> work != null ? "LLM suggestion with analytics" : "runtime LLM with analytics";
		};
		return work == null ? path : work + ", " + path;
	}
}
