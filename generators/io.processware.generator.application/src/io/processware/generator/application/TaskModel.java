package io.processware.generator.application;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.model.process.Task;

/**
 * A task as one generated step handler: the single place where the step invokes its rules, its
 * adapter and its runtime-LLM slot.
 *
 * @param source       the task in the model
 * @param id           its id
 * @param name         its name
 * @param stepClass    the step handler's Java class
 * @param type         USER, SERVICE, SCRIPT, BUSINESS_RULE, SEND or RECEIVE
 * @param determinism  the model's determinism (UNCLASSIFIED when not classified)
 * @param approvedStatic whether static code for it exists and is approved (its implementation
 *                     status is existing static code, validated or deployed), so the router prefers it
 * @param role         who does it by hand: the performer's role id (user tasks), else the role of its
 *                     lane's participant (for work the router hands to people); may be null
 * @param adapter      the adapter operation it calls, or null
 * @param tables       the decision tables it decides, in rules-file order
 * @param slot         its runtime-LLM slot, or null
 * @param message      the message a send or receive task handles, or null
 */
public record TaskModel(Task source, String id, String name, String stepClass, String type, String determinism,
		boolean approvedStatic, String role, AdapterModel.Operation adapter, List<TableCall> tables, LlmSlotModel slot,
		String message) implements ModelView {

	/**
	 * A decision table the step decides: its inputs are read from the process variables at the paths
	 * its input expressions name, its outputs written back under the table's name.
	 *
	 * @param table      the compiled table
	 * @param inputPaths per input, the variable path it reads
	 */
	public record TableCall(DecisionTableModel table, List<String> inputPaths) {
		public String name() {
			return table.source().getName();
		}
	}

	/** @return whether the step goes through the runtime-LLM router (a variable, non-human step) */
	public boolean routed() {
		return !"USER".equals(type) && slot != null;
	}

	@Override
	public Object element() {
		return source;
	}
}
