package io.processware.generator.application;

import java.nio.file.Path;

import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.FlowNode;
import io.processware.model.process.InclusiveGateway;
import io.processware.model.process.Process;
import io.processware.model.process.ProcessFactory;
import io.processware.model.process.SendTask;
import io.processware.model.process.SequenceFlow;
import io.processware.model.solution.Solution;

/** Processes for the orchestration's tests: the invoice example's, and ones built in code. */
final class SampleProcesses {

	private static final ProcessFactory PROCESS = ProcessFactory.eINSTANCE;

	private SampleProcesses() {
	}

	/** The repository's invoice example folder. */
	static Path exampleFolder() {
		return Path.of(System.getProperty("processware.repository")).resolve("examples/invoice-processing");
	}

	/** The invoice example's model, read from a solution folder (the example or a copy of it). */
	static Solution invoiceExample(Path folder) throws SolutionLoadException {
		LoadedSolution loaded = SolutionResources.load(SolutionResources.newResourceSet(),
				folder.resolve("invoice-processing.pws"));
		return loaded.solution();
	}

	/**
	 * Supplier onboarding: documents are collected, then the bank account is verified and the
	 * supplier screened in parallel (fork and join); a reviewer sends the case back for rework (a
	 * loop) or accepts it, and an inclusive gateway then welcomes the supplier and/or enrols it in
	 * payments by card; else it is rejected.
	 */
	static Process onboarding() {
		Process process = PROCESS.createProcess();
		process.setId("supplier-onboarding");
		process.setName("Supplier onboarding");
		FlowNode start = node(process, PROCESS.createStartEvent(), "proposed", "Supplier proposed");
		FlowNode collect = node(process, PROCESS.createServiceTask(), "collect", "Collect documents");
		FlowNode fork = node(process, PROCESS.createParallelGateway(), "fork", "Checks");
		FlowNode verify = node(process, PROCESS.createServiceTask(), "verify-bank", "Verify bank account");
		FlowNode screen = node(process, PROCESS.createBusinessRuleTask(), "screen", "Screen sanctions lists");
		FlowNode join = node(process, PROCESS.createParallelGateway(), "join", "Checks done");
		FlowNode review = node(process, PROCESS.createUserTask(), "review", "Review supplier");
		ExclusiveGateway verdict = (ExclusiveGateway) node(process, PROCESS.createExclusiveGateway(), "verdict", "Verdict?");
		InclusiveGateway extras = (InclusiveGateway) node(process, PROCESS.createInclusiveGateway(), "extras", "Extras?");
		SendTask welcome = (SendTask) node(process, PROCESS.createSendTask(), "welcome", "Welcome supplier");
		welcome.setMessage("SupplierWelcome");
		FlowNode card = node(process, PROCESS.createServiceTask(), "card", "Enrol in card payments");
		FlowNode welcomed = node(process, PROCESS.createEndEvent(), "welcomed", "Supplier welcomed");
		FlowNode enrolled = node(process, PROCESS.createEndEvent(), "enrolled", "Card payments enrolled");
		FlowNode onboarded = node(process, PROCESS.createEndEvent(), "onboarded", "Supplier onboarded");
		FlowNode rejected = node(process, PROCESS.createEndEvent(), "rejected", "Supplier rejected");
		flow(process, "f1", start, collect, null);
		flow(process, "f2", collect, fork, null);
		flow(process, "f3", fork, verify, null);
		flow(process, "f4", fork, screen, null);
		flow(process, "f5", verify, join, null);
		flow(process, "f6", screen, join, null);
		flow(process, "f7", join, review, null);
		flow(process, "rework", verdict, collect, "verdict == \"REWORK\"");
		flow(process, "accept", verdict, extras, "verdict = 'ACCEPT' and risk < 3");
		verdict.setDefaultFlow(flow(process, "reject", verdict, rejected, null));
		flow(process, "f8", review, verdict, null);
		flow(process, "wants-welcome", extras, welcome, "newsletter");
		flow(process, "wants-card", extras, card, "cardPayments = true");
		extras.setDefaultFlow(flow(process, "plain", extras, onboarded, null));
		flow(process, "f9", welcome, welcomed, null);
		flow(process, "f10", card, enrolled, null);
		return process;
	}

	/**
	 * A supplier query: the process waits for the supplier's reply (a receive task, lapsing after five
	 * days by a boundary timer), lets a cooling-off hour pass (an intermediate timer), then two steps
	 * ask a language model: classifying the reply (inside the embedded sub-process "Handle reply") falls
	 * back on the rules' default; once the supplier confirms the dispute (a message catch event),
	 * assessing it rejects it (its error boundary event ends the query refused).
	 */
	static Process supplierQuery() {
		Process process = PROCESS.createProcess();
		process.setId("supplier-query");
		process.setName("Supplier query");
		FlowNode start = node(process, PROCESS.createStartEvent(), "raised", "Query raised");
		io.processware.model.process.ReceiveTask reply = (io.processware.model.process.ReceiveTask) node(process,
				PROCESS.createReceiveTask(), "await-reply", "Await supplier reply");
		reply.setMessage("SupplierReply");
		io.processware.model.process.BoundaryEvent overdue = (io.processware.model.process.BoundaryEvent) node(process,
				PROCESS.createBoundaryEvent(), "reply-overdue", "Reply overdue");
		overdue.setAttachedTo(reply);
		overdue.setInterrupting(true);
		overdue.setDefinition(timer("P5D"));
		io.processware.model.process.IntermediateEvent cooling = (io.processware.model.process.IntermediateEvent) node(
				process, PROCESS.createIntermediateEvent(), "cooling-off", "Cooling-off period");
		cooling.setDefinition(timer("PT1H"));
		io.processware.model.process.SubProcess handle = (io.processware.model.process.SubProcess) node(process,
				PROCESS.createSubProcess(), "handle-reply", "Handle reply");
		FlowNode replyIn = inner(handle, PROCESS.createStartEvent(), "reply-in", "Reply in");
		io.processware.model.process.ServiceTask classify = (io.processware.model.process.ServiceTask) inner(handle,
				PROCESS.createServiceTask(), "classify", "Classify reply");
		FlowNode handled = inner(handle, PROCESS.createEndEvent(), "reply-handled", "Reply handled");
		for (FlowNode[] link : new FlowNode[][] { { replyIn, classify }, { classify, handled } }) {
			SequenceFlow flow = PROCESS.createSequenceFlow();
			flow.setId(link[0].getId() + "->" + link[1].getId().substring("supplier-query.".length()));
			flow.setSource(link[0]);
			flow.setTarget(link[1]);
			handle.getSequenceFlows().add(flow);
		}
		classify.setLlmSlot(slot("supplier-query.classify-slot", io.processware.model.process.LlmFallback.RULE_DEFAULT));
		io.processware.model.process.IntermediateEvent confirmed = (io.processware.model.process.IntermediateEvent) node(
				process, PROCESS.createIntermediateEvent(), "dispute-confirmed", "Dispute confirmed");
		io.processware.model.process.MessageEventDefinition confirmation = PROCESS.createMessageEventDefinition();
		confirmation.setMessage("DisputeConfirmation");
		confirmed.setDefinition(confirmation);
		io.processware.model.process.ServiceTask assess = (io.processware.model.process.ServiceTask) node(process,
				PROCESS.createServiceTask(), "assess", "Assess dispute");
		assess.setLlmSlot(slot("supplier-query.assess-slot", io.processware.model.process.LlmFallback.REJECT));
		io.processware.model.process.BoundaryEvent refusal = (io.processware.model.process.BoundaryEvent) node(process,
				PROCESS.createBoundaryEvent(), "dispute-refused", "Dispute refused");
		refusal.setAttachedTo(assess);
		refusal.setInterrupting(true);
		io.processware.model.process.ErrorEventDefinition error = PROCESS.createErrorEventDefinition();
		error.setErrorCode("dispute-refused");
		refusal.setDefinition(error);
		FlowNode lapsed = node(process, PROCESS.createEndEvent(), "lapsed", "Query lapsed");
		FlowNode closed = node(process, PROCESS.createEndEvent(), "closed", "Query closed");
		FlowNode refused = node(process, PROCESS.createEndEvent(), "refused", "Query refused");
		flow(process, "q1", start, reply, null);
		flow(process, "q2", reply, cooling, null);
		flow(process, "q3", cooling, handle, null);
		flow(process, "q4", handle, confirmed, null);
		flow(process, "q8", confirmed, assess, null);
		flow(process, "q5", assess, closed, null);
		flow(process, "q6", overdue, lapsed, null);
		flow(process, "q7", refusal, refused, null);
		return process;
	}

	private static FlowNode inner(io.processware.model.process.SubProcess scope, FlowNode node, String id, String name) {
		node.setId("supplier-query." + id);
		node.setName(name);
		scope.getNodes().add(node);
		return node;
	}

	private static io.processware.model.process.TimerEventDefinition timer(String duration) {
		io.processware.model.process.TimerEventDefinition timer = PROCESS.createTimerEventDefinition();
		timer.setTimer(io.processware.model.process.TimerKind.DURATION);
		timer.setExpression(duration);
		return timer;
	}

	private static io.processware.model.process.RuntimeLlmSlot slot(String id,
			io.processware.model.process.LlmFallback fallback) {
		io.processware.model.process.RuntimeLlmSlot slot = PROCESS.createRuntimeLlmSlot();
		slot.setId(id);
		slot.setPurpose("Read the supplier's reply");
		slot.setMinimumConfidence(0.8);
		slot.setFallback(fallback);
		return slot;
	}

	static FlowNode node(Process process, FlowNode node, String id, String name) {
		node.setId(process.getId() + "." + id);
		node.setName(name);
		process.getNodes().add(node);
		return node;
	}

	static SequenceFlow flow(Process process, String id, FlowNode source, FlowNode target, String condition) {
		SequenceFlow flow = PROCESS.createSequenceFlow();
		flow.setId(process.getId() + "." + id);
		flow.setSource(source);
		flow.setTarget(target);
		flow.setCondition(condition);
		process.getSequenceFlows().add(flow);
		return flow;
	}

	/** @return the node of the process with the id (after the process's prefix) */
	static FlowNode find(Process process, String id) {
		return process.getNodes().stream().filter(n -> n.getId().equals(process.getId() + "." + id)).findFirst()
				.orElseThrow();
	}
}
