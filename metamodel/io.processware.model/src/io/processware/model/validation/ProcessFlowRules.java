package io.processware.model.validation;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.persistence.ElementLabels;
import io.processware.model.process.FlowNode;
import io.processware.model.process.FlowScope;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.StartEvent;

/** A process (or sub-process) starts in exactly one place, reaches every node, and links only its own nodes. */
final class ProcessFlowRules implements RuleGroup {

	@Override
	public void check(EObject element, Findings findings) {
		if (!(element instanceof FlowScope scope)) {
			return;
		}
		FlowGraph graph = FlowGraph.of(scope, findings);
		List<StartEvent> starts = graph.startEvents();
		if (starts.size() != 1) {
			findings.report(Rule.PROCESS_SINGLE_START, element, Integer.valueOf(starts.size()),
					String.join(", ", starts.stream().map(ElementLabels::of).toList()));
		}
		for (SequenceFlow flow : scope.getSequenceFlows()) {
			for (FlowNode end : new FlowNode[] { flow.getSource(), flow.getTarget() }) {
				if (end != null && end.eContainer() != scope) {
					findings.report(Rule.PROCESS_FLOW_SCOPE, flow, ElementLabels.of(end));
				}
			}
		}
		if (starts.isEmpty()) {
			return; // without a start everything would be unreachable: the missing start says it all
		}
		Set<FlowNode> reached = graph.reachable();
		for (FlowNode node : scope.getNodes()) {
			if (!reached.contains(node)) {
				findings.report(Rule.PROCESS_REACHABLE, node, node.getName());
			}
		}
	}
}
