package io.processware.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.persistence.ElementLabels;
import io.processware.model.process.EventBasedGateway;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.FlowNode;
import io.processware.model.process.FlowScope;
import io.processware.model.process.Gateway;
import io.processware.model.process.InclusiveGateway;
import io.processware.model.process.IntermediateEvent;
import io.processware.model.process.ReceiveTask;
import io.processware.model.process.SequenceFlow;

/**
 * Gateways have flows consistent with their kind: they split or join; an exclusive or inclusive
 * split says under which condition each branch is taken (except its default); a parallel or
 * event-based gateway takes no conditions; an event-based gateway waits for events.
 */
final class GatewayRules implements RuleGroup {

	@Override
	public void check(EObject element, Findings findings) {
		if (!(element instanceof Gateway gateway) || !(gateway.eContainer() instanceof FlowScope scope)) {
			return;
		}
		FlowGraph graph = FlowGraph.of(scope, findings);
		List<SequenceFlow> in = graph.incoming(gateway);
		List<SequenceFlow> out = graph.outgoing(gateway);
		if (in.isEmpty() || out.isEmpty() || (in.size() == 1 && out.size() == 1)) {
			findings.report(Rule.GATEWAY_FLOW_COUNT, gateway, Integer.valueOf(in.size()), Integer.valueOf(out.size()));
		}
		SequenceFlow defaultFlow = defaultFlow(gateway);
		if (defaultFlow != null && (!out.contains(defaultFlow) || hasCondition(defaultFlow))) {
			findings.report(Rule.GATEWAY_DEFAULT_FLOW, gateway, ElementLabels.of(defaultFlow));
		}
		if (gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway) {
			if (out.size() > 1) {
				for (SequenceFlow flow : out) {
					if (flow != defaultFlow && !hasCondition(flow)) {
						findings.report(Rule.GATEWAY_CONDITIONS, flow, ElementLabels.of(gateway));
					}
				}
			}
		} else {
			for (SequenceFlow flow : out) {
				if (hasCondition(flow)) {
					findings.report(Rule.GATEWAY_UNCONDITIONAL, flow, ElementLabels.of(gateway), gateway.eClass().getName());
				}
			}
		}
		if (gateway instanceof EventBasedGateway) {
			for (SequenceFlow flow : out) {
				FlowNode target = flow.getTarget();
				boolean waits = target instanceof ReceiveTask
						|| (target instanceof IntermediateEvent event && event.isCatching());
				if (target != null && !waits) {
					findings.report(Rule.GATEWAY_EVENT_TARGETS, flow, ElementLabels.of(target));
				}
			}
		}
	}

	private static SequenceFlow defaultFlow(Gateway gateway) {
		if (gateway instanceof ExclusiveGateway exclusive) {
			return exclusive.getDefaultFlow();
		}
		return gateway instanceof InclusiveGateway inclusive ? inclusive.getDefaultFlow() : null;
	}

	private static boolean hasCondition(SequenceFlow flow) {
		return flow.getCondition() != null && !flow.getCondition().isBlank();
	}
}
