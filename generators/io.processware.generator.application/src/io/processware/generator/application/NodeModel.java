package io.processware.generator.application;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.model.process.FlowNode;

/**
 * A flow node as a state of the generated state machine.
 *
 * @param source       the node in the model
 * @param id           its id (the state's name in the service's database and API)
 * @param name         its name, for people
 * @param kind         START, END, TASK, EXCLUSIVE, INCLUSIVE, PARALLEL, BOUNDARY, CATCH (an intermediate
 *                     timer or message event the token waits at) or PASS (an intermediate event the engine
 *                     passes through)
 * @param outgoing     its outgoing flows, in model order
 * @param incoming     how many flows lead to it (a parallel join waits for that many tokens)
 * @param attachedTo   for a boundary event, the id of the activity it is attached to; else null
 * @param interrupting for a boundary event, whether it cancels its activity
 * @param task         for a task, its step; else null
 * @param timer        for a timer event (boundary or intermediate catch), when it fires: an ISO-8601 duration
 *                     after the token arrives (P3D) or an instant/date; else null
 * @param message      for a message catch event or a receive task, the message it waits for; else null
 */
public record NodeModel(FlowNode source, String id, String name, String kind, List<FlowModel> outgoing, int incoming,
		String attachedTo, boolean interrupting, TaskModel task, String timer, String message) implements ModelView {

	/** @return the default flow of a gateway, or null */
	public FlowModel defaultFlow() {
		return outgoing.stream().filter(FlowModel::isDefault).findFirst().orElse(null);
	}

	/** @return the flows a gateway tests in order: every flow but the default */
	public List<FlowModel> testedFlows() {
		return outgoing.stream().filter(f -> !f.isDefault()).toList();
	}

	/** @return whether it is an interrupting error boundary event: where a rejected step's token goes */
	public boolean isRejectionEvent() {
		return attachedTo != null && interrupting && source instanceof io.processware.model.process.BoundaryEvent b
				&& b.getDefinition() instanceof io.processware.model.process.ErrorEventDefinition;
	}

	@Override
	public Object element() {
		return source;
	}
}
