package io.processware.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.DataClassification;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.EndEvent;
import io.processware.model.process.EventBasedGateway;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.IntermediateEvent;
import io.processware.model.process.ParallelGateway;
import io.processware.model.process.Process;
import io.processware.model.process.ProcessFactory;
import io.processware.model.process.ReceiveTask;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.StartEvent;
import io.processware.model.process.SubProcess;
import io.processware.model.process.Task;
import io.processware.model.process.Determinism;
import io.processware.model.process.FlowNode;
import io.processware.model.review.ArtefactRoute;
import io.processware.model.review.ReviewBoard;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentData;
import io.processware.model.solution.QualityGate;
import io.processware.model.validation.Rule;

/**
 * Every rule fails on a minimal change to the invoice example (which is clean) and passes on a
 * close variant that respects it.
 */
class ValidationRulesTest {

	private static final ProcessFactory PROCESS = ProcessFactory.eINSTANCE;

	private LoadedSolution invoice;

	@BeforeEach
	void loadTheInvoiceExample() {
		invoice = Fixtures.load(Fixtures.invoiceExample());
	}

	private <T> T element(String id) {
		return Fixtures.element(invoice, id);
	}

	private void assertFindings(Rule rule, String... elements) {
		List<String> expected = java.util.Arrays.stream(elements).map(element -> element + " [" + rule.id() + "]").toList();
		assertEquals(expected, Fixtures.findings(invoice, rule));
	}

	private Process process() {
		return element("invoice-to-payment");
	}

	/** Names a new node and adds it to the invoice process. */
	private <T extends FlowNode> T add(T node, String id, String name) {
		node.setId(id);
		node.setName(name);
		process().getNodes().add(node);
		return node;
	}

	private SequenceFlow flow(String id, FlowNode source, FlowNode target) {
		SequenceFlow flow = PROCESS.createSequenceFlow();
		flow.setId(id);
		flow.setSource(source);
		flow.setTarget(target);
		return flow;
	}

	@Test
	void theInvoiceExampleIsClean() {
		assertEquals(List.of(), Fixtures.allFindings(invoice));
		assertEquals(List.of(), invoice.problems());
	}

	@Test
	void aProcessNeedsExactlyOneStartEvent() {
		StartEvent second = add(PROCESS.createStartEvent(), "invoice-to-payment.e-invoice", "E-invoice received");
		process().getSequenceFlows().add(flow("invoice-to-payment.e-invoice-in", second, element("invoice-to-payment.ocr-intake")));
		assertFindings(Rule.PROCESS_SINGLE_START, "invoice-to-payment");
		process().getNodes().remove(second);
		process().getNodes().remove(element("invoice-to-payment.invoice-received"));
		assertFindings(Rule.PROCESS_SINGLE_START, "invoice-to-payment");
	}

	@Test
	void aSubProcessIsAProcessOfItsOwn() {
		SubProcess sub = add(PROCESS.createSubProcess(), "invoice-to-payment.archive", "Archive");
		process().getSequenceFlows().add(flow("invoice-to-payment.to-archive", element("invoice-to-payment.invoice-returned"), sub));
		EndEvent end = PROCESS.createEndEvent();
		end.setId("invoice-to-payment.archive.done");
		end.setName("Archived");
		sub.getNodes().add(end);
		assertFindings(Rule.PROCESS_SINGLE_START, "invoice-to-payment.archive");
		StartEvent start = PROCESS.createStartEvent();
		start.setId("invoice-to-payment.archive.start");
		start.setName("Archive");
		sub.getNodes().add(0, start);
		sub.getSequenceFlows().add(flow("invoice-to-payment.archive.flow", start, end));
		assertFindings(Rule.PROCESS_SINGLE_START);
		assertFindings(Rule.PROCESS_REACHABLE);
	}

	@Test
	void everyNodeIsReachableFromTheStart() {
		process().getSequenceFlows().remove(element("invoice-to-payment.posted"));
		assertFindings(Rule.PROCESS_REACHABLE, "invoice-to-payment.schedule-payment", "invoice-to-payment.invoice-paid");
		process().getSequenceFlows().add(flow("invoice-to-payment.posted", element("invoice-to-payment.post-invoice"),
				element("invoice-to-payment.schedule-payment")));
		assertFindings(Rule.PROCESS_REACHABLE);
	}

	@Test
	void aBoundaryEventIsReachableThroughItsActivity() {
		BoundaryEvent overdue = element("invoice-to-payment.approval-overdue");
		overdue.setAttachedTo(element("invoice-to-payment.approve-invoice"));
		assertFindings(Rule.PROCESS_REACHABLE);
		process().getSequenceFlows().remove(element("invoice-to-payment.approval-required"));
		process().getSequenceFlows().remove(element("invoice-to-payment.decided"));
		assertEquals(List.of("invoice-to-payment.approve-invoice [process.reachable]",
				"invoice-to-payment.approval-overdue [process.reachable]", "invoice-to-payment.remind-approver [process.reachable]",
				"invoice-to-payment.reminder-sent [process.reachable]", "invoice-to-payment.approved [process.reachable]"),
				Fixtures.findings(invoice, Rule.PROCESS_REACHABLE));
	}

	@Test
	void aSequenceFlowStaysInItsProcess() {
		SubProcess sub = add(PROCESS.createSubProcess(), "invoice-to-payment.sub", "Sub");
		sub.getSequenceFlows().add(flow("invoice-to-payment.sub.across", element("invoice-to-payment.ocr-intake"),
				element("invoice-to-payment.invoice-paid")));
		assertEquals(List.of("invoice-to-payment.sub.across [process.flow-scope]", "invoice-to-payment.sub.across [process.flow-scope]"),
				Fixtures.findings(invoice, Rule.PROCESS_FLOW_SCOPE));
	}

	@Test
	void aGatewaySplitsOrJoins() {
		SequenceFlow noApproval = element("invoice-to-payment.no-approval-needed");
		noApproval.setTarget(element("invoice-to-payment.post-invoice"));
		assertFindings(Rule.GATEWAY_FLOW_COUNT, "invoice-to-payment.ready-for-payment");
		noApproval.setTarget(element("invoice-to-payment.ready-for-payment"));
		assertFindings(Rule.GATEWAY_FLOW_COUNT);
	}

	@Test
	void everyBranchOfAnExclusiveSplitButTheDefaultHasACondition() {
		SequenceFlow valid = element("invoice-to-payment.valid");
		valid.setCondition(" ");
		assertFindings(Rule.GATEWAY_CONDITIONS, "invoice-to-payment.valid");
		ExclusiveGateway gateway = element("invoice-to-payment.invoice-valid");
		gateway.setDefaultFlow(valid);
		assertFindings(Rule.GATEWAY_CONDITIONS, "invoice-to-payment.invalid");
		valid.setCondition("validation.passed");
		gateway.setDefaultFlow(element("invoice-to-payment.invalid"));
		assertFindings(Rule.GATEWAY_CONDITIONS);
	}

	@Test
	void theDefaultFlowLeavesItsGatewayWithoutCondition() {
		ExclusiveGateway gateway = element("invoice-to-payment.invoice-valid");
		gateway.setDefaultFlow(element("invoice-to-payment.checked"));
		assertFindings(Rule.GATEWAY_DEFAULT_FLOW, "invoice-to-payment.invoice-valid");
		gateway.setDefaultFlow(element("invoice-to-payment.valid"));
		assertFindings(Rule.GATEWAY_DEFAULT_FLOW, "invoice-to-payment.invoice-valid");
		gateway.setDefaultFlow(element("invoice-to-payment.invalid"));
		assertFindings(Rule.GATEWAY_DEFAULT_FLOW);
	}

	@Test
	void aParallelGatewayTakesNoConditions() {
		ParallelGateway fork = add(PROCESS.createParallelGateway(), "invoice-to-payment.fork", "Fork");
		SequenceFlow posted = element("invoice-to-payment.posted");
		posted.setTarget(fork);
		SequenceFlow toPayment = flow("invoice-to-payment.fork-pay", fork, element("invoice-to-payment.schedule-payment"));
		toPayment.setCondition("always");
		process().getSequenceFlows().add(toPayment);
		process().getSequenceFlows().add(flow("invoice-to-payment.fork-archive", fork, element("invoice-to-payment.invoice-paid")));
		assertFindings(Rule.GATEWAY_UNCONDITIONAL, "invoice-to-payment.fork-pay");
		toPayment.setCondition(null);
		assertFindings(Rule.GATEWAY_UNCONDITIONAL);
		assertFindings(Rule.GATEWAY_FLOW_COUNT);
	}

	@Test
	void anEventBasedGatewayWaitsForEvents() {
		EventBasedGateway wait = add(PROCESS.createEventBasedGateway(), "invoice-to-payment.wait", "Wait for ERP");
		ReceiveTask confirmation = add(PROCESS.createReceiveTask(), "invoice-to-payment.confirmation", "Payment confirmed");
		confirmation.setDeterminism(Determinism.DETERMINISTIC);
		confirmation.setExistingCode("ERP payment advice listener");
		IntermediateEvent timeout = add(PROCESS.createIntermediateEvent(), "invoice-to-payment.timeout", "Five days passed");
		SequenceFlow scheduled = element("invoice-to-payment.scheduled");
		scheduled.setTarget(wait);
		process().getSequenceFlows().add(flow("invoice-to-payment.confirmed", wait, confirmation));
		process().getSequenceFlows().add(flow("invoice-to-payment.timed-out", wait, timeout));
		process().getSequenceFlows().add(flow("invoice-to-payment.paid", confirmation, element("invoice-to-payment.invoice-paid")));
		process().getSequenceFlows().add(flow("invoice-to-payment.escalated", timeout, element("invoice-to-payment.invoice-paid")));
		assertFindings(Rule.GATEWAY_EVENT_TARGETS);
		timeout.setCatching(false);
		assertFindings(Rule.GATEWAY_EVENT_TARGETS, "invoice-to-payment.timed-out");
	}

	@Test
	void aDeterministicTaskIsBackedByRulesOrExistingCode() {
		Task validate = element("invoice-to-payment.validate-invoice");
		validate.getRuleSets().clear();
		assertFindings(Rule.TASK_DETERMINISTIC_BACKING, "invoice-to-payment.validate-invoice");
		validate.setExistingCode("InvoiceValidator in the legacy AP application");
		assertFindings(Rule.TASK_DETERMINISTIC_BACKING);
	}

	@Test
	void aNonDeterministicTaskIsNeverValidatedOrDeployedAsStaticCode() {
		Task approve = element("invoice-to-payment.approve-invoice");
		approve.setImplementationStatus(ImplementationStatus.DEPLOYED);
		assertFindings(Rule.TASK_NON_DETERMINISTIC_STATIC, "invoice-to-payment.approve-invoice");
		approve.setImplementationStatus(ImplementationStatus.VALIDATED);
		assertFindings(Rule.TASK_NON_DETERMINISTIC_STATIC, "invoice-to-payment.approve-invoice");
		approve.setImplementationStatus(ImplementationStatus.GENERATED);
		assertFindings(Rule.TASK_NON_DETERMINISTIC_STATIC);
	}

	@Test
	void variableWorkHasARuntimeLlmSlot() {
		Task ocr = element("invoice-to-payment.ocr-intake");
		ocr.setLlmSlot(null);
		assertFindings(Rule.TASK_LLM_SLOT, "invoice-to-payment.ocr-intake");
		Task approve = element("invoice-to-payment.approve-invoice");
		approve.setImplementationStatus(ImplementationStatus.RUNTIME_LLM);
		assertFindings(Rule.TASK_LLM_SLOT, "invoice-to-payment.ocr-intake", "invoice-to-payment.approve-invoice");
	}

	@Test
	void anUnclassifiedTaskIsAWarning() {
		Task remind = element("invoice-to-payment.remind-approver");
		remind.setDeterminism(Determinism.UNCLASSIFIED);
		assertFindings(Rule.TASK_UNCLASSIFIED, "invoice-to-payment.remind-approver");
		assertEquals(io.processware.model.validation.Severity.WARNING, Rule.TASK_UNCLASSIFIED.severity());
	}

	@Test
	void confidentialAndRestrictedDataNeedsRetentionAndResidency() {
		Attribute scan = element("finance.invoice.scan");
		scan.setRetention(null);
		assertFindings(Rule.DATA_RETENTION_RESIDENCY, "finance.invoice.scan");
		scan.setRetention("P10Y");
		Attribute iban = element("finance.supplier-bank-account.iban");
		iban.setResidency("");
		assertFindings(Rule.DATA_RETENTION_RESIDENCY, "finance.supplier-bank-account.iban");
		iban.setClassification(DataClassification.INTERNAL);
		assertFindings(Rule.DATA_RETENTION_RESIDENCY);
	}

	@Test
	void retentionIsAnIsoPeriod() {
		Attribute scan = element("finance.invoice.scan");
		scan.setRetention("10 years");
		assertFindings(Rule.DATA_RETENTION_FORMAT, "finance.invoice.scan");
		scan.setRetention("P18M");
		assertFindings(Rule.DATA_RETENTION_FORMAT);
	}

	@Test
	void personalDataNeverSitsUnencryptedInAnEnvironmentWithProductionData() {
		Environment prod = element("prod");
		prod.setEncryptionAtRest(false);
		assertFindings(Rule.DATA_PII_ENCRYPTION_AT_REST, "prod");
		prod.setData(EnvironmentData.MASKED_DATA);
		assertFindings(Rule.DATA_PII_ENCRYPTION_AT_REST);
		prod.setData(EnvironmentData.PRODUCTION_DATA);
		invoice.solution().getDomains().get(0).getEntities().forEach(
				entity -> entity.getAttributes().forEach(attribute -> attribute.setPersonalData(false)));
		assertFindings(Rule.DATA_PII_ENCRYPTION_AT_REST);
	}

	@Test
	void qualityGateWeightsAddUpToOne() {
		QualityGate gate = element("release-gate");
		gate.getCriteria().get(0).setWeight(0.4);
		assertFindings(Rule.QUALITY_GATE_WEIGHTS, "release-gate");
		gate.getCriteria().get(1).setWeight(0.1);
		assertFindings(Rule.QUALITY_GATE_WEIGHTS);
		gate.getCriteria().get(0).setWeight(1.2);
		gate.getCriteria().get(1).setWeight(-0.7);
		assertFindings(Rule.QUALITY_GATE_WEIGHTS, "release-gate");
	}

	@Test
	void qualityGateThresholdsLieBetweenZeroAndOne() {
		QualityGate gate = element("release-gate");
		gate.setPassThreshold(85);
		gate.getCriteria().get(2).setThreshold(-0.5);
		assertFindings(Rule.QUALITY_GATE_THRESHOLDS, "release-gate", "release-gate.security");
		gate.setPassThreshold(1);
		gate.getCriteria().get(2).setThreshold(0);
		assertFindings(Rule.QUALITY_GATE_THRESHOLDS);
	}

	@Test
	void aBoardThatArtefactsAreRoutedToHasAReviewer() {
		ReviewBoard legacy = element("legacy-board");
		legacy.getReviewers().clear();
		assertFindings(Rule.REVIEW_BOARD_REVIEWERS, "legacy-board");
		ArtefactRoute route = element("route.legacy-adapter");
		route.getBoards().remove(legacy);
		assertFindings(Rule.REVIEW_BOARD_REVIEWERS);
	}

	@Test
	void artefactsForQueueBNameTheirBoards() {
		ArtefactRoute route = element("route.documentation");
		route.getBoards().clear();
		assertFindings(Rule.REVIEW_ROUTE_BOARDS, "route.documentation");
		route.setQueue(io.processware.model.generation.AssemblyQueueKind.A);
		assertFindings(Rule.REVIEW_ROUTE_BOARDS);
	}

	@Test
	void idsAreUniqueAndWithoutSpaces() {
		Task ocr = element("invoice-to-payment.ocr-intake");
		ocr.setId("invoice-to-payment.validate-invoice");
		assertFindings(Rule.MODEL_UNIQUE_ID, "invoice-to-payment.validate-invoice");
		ocr.setId("invoice to payment ocr");
		assertFindings(Rule.MODEL_UNIQUE_ID);
		assertFindings(Rule.MODEL_ID_FORMAT, "invoice to payment ocr");
	}

	@Test
	void everyEnvironmentHasABudget() {
		invoice.solution().getFinOps().getBudgets().remove(0);
		assertFindings(Rule.FINOPS_ENVIRONMENT_BUDGET, "dev");
	}

	@Test
	void requiredValuesAreChecked() {
		Task ocr = element("invoice-to-payment.ocr-intake");
		ocr.setName(null);
		assertFindings(Rule.MODEL_WELL_FORMED, "invoice-to-payment.ocr-intake");
	}
}
