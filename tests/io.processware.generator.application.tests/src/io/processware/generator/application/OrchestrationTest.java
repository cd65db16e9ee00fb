package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.processware.model.process.Process;
import io.processware.model.solution.Solution;

/** The invoice example's process as the service will run it: state machine, steps, slots, paths. */
class OrchestrationTest {

	private static ServiceModel example() throws Exception {
		Path folder = SampleProcesses.exampleFolder();
		Solution solution = SampleProcesses.invoiceExample(folder);
		return ServiceModel.of(solution, RulesFiles.of(folder));
	}

	private static ProcessModel invoiceToPayment() throws Exception {
		return example().orchestration().processes().get(0);
	}

	private static NodeModel node(ProcessModel process, String id) {
		return process.nodes().stream().filter(n -> n.id().equals("invoice-to-payment." + id)).findFirst().orElseThrow();
	}

	@Test
	void theStateMachineHasAStatePerNode() throws Exception {
		ProcessModel process = invoiceToPayment();
		assertEquals("invoice-to-payment", process.key());
		assertEquals("InvoiceToPaymentProcess", process.className());
		assertEquals("processes/invoice-to-payment.bpmn", process.origin());
		assertEquals("invoice-to-payment.invoice-received", process.startNode());
		Map<String, Long> kinds = process.nodes().stream().collect(Collectors.groupingBy(NodeModel::kind, Collectors.counting()));
		assertEquals(Map.of("START", 1L, "TASK", 8L, "EXCLUSIVE", 4L, "END", 3L, "BOUNDARY", 1L), kinds);
		NodeModel valid = node(process, "invoice-valid");
		assertEquals("FlowConditions.truthy(variables.get(\"validate-invoice.passed\"))",
				valid.testedFlows().get(0).conditionJava());
		assertEquals("invoice-to-payment.return-invoice", valid.defaultFlow().target());
		assertEquals("!FlowConditions.equal(variables.get(\"approvalLevel\"), \"NONE\")",
				node(process, "approval-needed").testedFlows().get(0).conditionJava());
		assertEquals(2, node(process, "ready-for-payment").incoming(), "two flows merge before posting");
		NodeModel overdue = node(process, "approval-overdue");
		assertEquals("invoice-to-payment.approve-invoice", overdue.attachedTo());
		assertFalse(overdue.interrupting());
	}

	@Test
	void eachTaskIsOneStepWithItsRulesAdapterAndSlot() throws Exception {
		ProcessModel process = invoiceToPayment();
		TaskModel approve = node(process, "approve-invoice").task();
		assertEquals("USER", approve.type());
		assertEquals("budget-owner", approve.role());
		assertFalse(approve.routed(), "people decide a user task; no model is asked");

		TaskModel determine = node(process, "determine-approval").task();
		assertEquals("DetermineApprovalLevelStep", determine.stepClass());
		assertEquals(1, determine.tables().size());
		assertEquals("approval-level", determine.tables().get(0).name());
		assertEquals(List.of("invoice.grossAmount"), determine.tables().get(0).inputPaths());

		TaskModel post = node(process, "post-invoice").task();
		assertEquals("SapEccFinanceAdapter", post.adapter().adapterClass());
		assertEquals("fiInvoicePost", post.adapter().method());
		assertTrue(post.approvedStatic(), "existing static code");

		TaskModel ocr = node(process, "ocr-intake").task();
		assertEquals("PARTIAL", ocr.determinism());
		assertTrue(ocr.routed());
		assertEquals("ap-clerk", ocr.role(), "the lane's role does the work the router hands over");
		LlmSlotModel slot = ocr.slot();
		assertEquals("field-interpretation", slot.name(), "the rules file's variable declaration wins over the model's slot");
		assertEquals(List.of(new LlmSlotModel.Input("scan-text", "invoice.scan")), slot.inputs());
		assertEquals(List.of("invoice-number:TEXT", "invoice-date:DATE", "due-date:DATE", "net-amount:MONEY",
				"vat-amount:MONEY", "gross-amount:MONEY"), slot.fields().stream().map(f -> f.name() + ":" + f.type()).toList());
		assertEquals(0.9, slot.minimumConfidence());
		assertEquals("HUMAN_REVIEW", slot.fallback());

		TaskModel remind = node(process, "remind-approver").task();
		assertEquals("MessageOutboxAdapter", remind.adapter().adapterClass(), "a send task without a system uses the outbox");
		assertEquals("sendApprovalReminder", remind.adapter().method());
		assertEquals(List.of("ScanningInboxAdapter", "MessageOutboxAdapter", "SapEccFinanceAdapter"),
				example().orchestration().adapters().stream().map(AdapterModel::className).toList(),
				"one adapter per legacy system, in order of first use");
	}

	@Test
	void everyPathFromStartToAnEndIsEnumeratedAndDriven() throws Exception {
		List<PathModel> paths = invoiceToPayment().paths();
		assertEquals(List.of("invoice-paid", "invoice-returned", "reminder-sent", "invoice-paid", "invoice-returned"),
				paths.stream().map(p -> p.endEvent().substring("invoice-to-payment.".length())).toList());
		assertTrue(paths.stream().allMatch(PathModel::drivable), () -> "inputs found for every path: " + paths);
		PathModel approved = paths.get(0);
		assertEquals(Map.of("invoice.grossAmount", "MoneyValue.of(\"1000\", \"EUR\")", "days-until-due",
				"new DurationValue(0L, 14400L)"), inputs(approved.inputs()),
				"a row of approval-level above NONE, and the input of payment-discount");
		assertEquals(java.util.Set.of("invoice", "today-date"), inputs(approved.completions().get(0)).keySet(),
				"the facts of Validate invoice's rules, given when the clerk completes OCR intake (no model in tests, so "
						+ "the slot's work comes to people); the step's rules decide validate-invoice.passed themselves");
		assertTrue(inputs(approved.completions().get(0)).get("invoice").contains("\\\"grossAmount\\\":{\\\"amount\\\":\\\"1000\\\""),
				() -> "the invoice's gross amount is the approval table's row input: " + approved.completions().get(0));
		assertEquals(Map.of("decision", "\"APPROVED\""), inputs(approved.completions().get(1)),
				"given when the budget owner completes the approval");
		assertTrue(approved.nodes().contains("invoice-to-payment.approve-invoice"));
		PathModel rejected = paths.get(1);
		assertEquals(Map.of("decision", "\"APPROVED_OTHER\""), inputs(rejected.completions().get(1)),
				"the approver's decision is given when the approval's work item is completed");
		PathModel reminded = paths.get(2);
		assertEquals(List.of("invoice-to-payment.approval-overdue"), reminded.triggers());
		assertEquals("invoice-to-payment.approve-invoice", reminded.nodes().get(reminded.nodes().indexOf(
				"invoice-to-payment.approval-overdue") - 1), "the boundary event is reached from its activity");
		PathModel withinThreshold = paths.get(3);
		assertEquals("MoneyValue.of(\"999.99\", \"EUR\")", inputs(withinThreshold.inputs()).get("invoice.grossAmount"),
				"a row of approval-level whose level is NONE");
		PathModel invalid = paths.get(4);
		assertTrue(invalid.nodes().contains("invoice-to-payment.return-invoice"));
		assertEquals(java.util.Set.of("invoice", "today-date"), inputs(invalid.completions().get(0)).keySet(),
				"an invoice the rules refuse: no caller supplies validate-invoice.passed");
		assertTrue(paths.stream().flatMap(p -> java.util.stream.Stream.concat(p.inputs().stream(),
				p.completions().stream().flatMap(List::stream))).noneMatch(i -> i.path().endsWith(".passed")),
				"the rules' verdict is never given by the test");
	}

	@Test
	void timersMessagesAndSlotFallbacksAreModelled() {
		Solution solution = SampleSolutions.invoicing();
		solution.getProcesses().add(SampleProcesses.supplierQuery());
		ProcessModel query = ServiceModel.of(solution).orchestration().processes().stream()
				.filter(p -> p.key().equals("supplier-query")).findFirst().orElseThrow();
		NodeModel cooling = query.nodes().stream().filter(n -> n.id().equals("supplier-query.cooling-off")).findFirst()
				.orElseThrow();
		assertEquals("CATCH", cooling.kind(), "the token waits at an intermediate timer");
		assertEquals("PT1H", cooling.timer());
		assertEquals(List.of("supplier-query.reply-overdue"), query.boundaryEventsOf("supplier-query.await-reply"));
		assertEquals("SupplierReply", query.receiveAfterStart().message());
		assertEquals("supplier-query.dispute-refused", query.rejectionEventOf("supplier-query.assess"));
		assertEquals(null, query.rejectionEventOf("supplier-query.await-reply"), "a timer is no rejection path");
		assertEquals(List.of("closed", "refused", "lapsed"),
				query.paths().stream().map(p -> p.endEvent().substring("supplier-query.".length())).toList());
		assertEquals(List.of(false, true, true), query.paths().stream().map(PathModel::drivable).toList(),
				"with no model a REJECT slot always rejects: only its error event's path is taken in tests");
		assertEquals(List.of("supplier-query.reply-overdue"), query.paths().get(2).triggers());
		assertTrue(query.paths().get(0).disabledReason().contains("REJECT"), query.paths().get(0).disabledReason());
		assertEquals(List.of("supplier-query.raised", "supplier-query.await-reply", "supplier-query.cooling-off",
				"supplier-query.reply-in", "supplier-query.classify", "supplier-query.reply-handled",
				"supplier-query.dispute-confirmed", "supplier-query.assess", "supplier-query.closed"), query.paths().get(0).nodes(),
				"the embedded sub-process is flattened: entered at its start event, left from its end event");
		NodeModel handled = query.nodes().stream().filter(n -> n.id().equals("supplier-query.reply-handled")).findFirst()
				.orElseThrow();
		assertEquals("PASS", handled.kind());
		assertEquals("supplier-query.dispute-confirmed", handled.outgoing().get(0).target());
		NodeModel confirmed = query.nodes().stream().filter(n -> n.id().equals("supplier-query.dispute-confirmed"))
				.findFirst().orElseThrow();
		assertEquals("CATCH", confirmed.kind(), "the token waits at a message catch event");
		assertEquals("DisputeConfirmation", confirmed.message());
	}

	@Test
	void loopsGoRoundOnceAtMostAndParallelBranchesEachGetAPath() {
		Solution solution = SampleSolutions.invoicing();
		Process onboarding = SampleProcesses.onboarding();
		solution.getProcesses().add(onboarding);
		ProcessModel process = ServiceModel.of(solution).orchestration().processes().get(0);
		List<PathModel> paths = process.paths();
		for (PathModel path : paths) {
			long reworks = path.flows().stream().filter(f -> f.equals("supplier-onboarding.rework")).count();
			assertTrue(reworks <= 1, path.flows().toString());
		}
		assertEquals(24, paths.size(), "2 branches x (4 ends + 2 branches x 4 ends after one rework) = 24 paths");
		assertTrue(paths.stream().anyMatch(p -> p.nodes().contains("supplier-onboarding.verify-bank")));
		assertTrue(paths.stream().anyMatch(p -> p.nodes().contains("supplier-onboarding.screen")));
		assertEquals(List.of("supplier-onboarding.enrolled", "supplier-onboarding.onboarded", "supplier-onboarding.rejected",
				"supplier-onboarding.welcomed"), paths.stream().map(PathModel::endEvent).distinct().sorted().toList());
		assertTrue(paths.size() <= ProcessPaths.MAX_PATHS);
		assertTrue(paths.stream().allMatch(PathModel::drivable), "each path's inputs were found");
		PathModel loop = paths.stream().filter(p -> p.flows().stream().filter(f -> f.endsWith(".rework")).count() == 1)
				.filter(p -> p.endEvent().endsWith(".rejected")).findFirst().orElseThrow();
		assertEquals("\"REWORK\"", inputs(loop.completions().get(0)).get("verdict"), "first review sends it back");
		assertTrue(!"\"REWORK\"".equals(inputs(loop.completions().get(1)).get("verdict")), "the second lets it through");
		NodeModel join = process.nodes().stream().filter(n -> n.id().endsWith(".join")).findFirst().orElseThrow();
		assertEquals("PARALLEL", join.kind());
		assertEquals(2, join.incoming(), "the join waits for both branches");
	}

	@Test
	void aSolutionWithoutProcessesOrchestratesNothing() {
		ServiceModel service = ServiceModel.of(SampleSolutions.invoicing());
		assertTrue(service.orchestration().processes().isEmpty());
		assertFalse(service.orchestration().hasSlots());
	}

	private static Map<String, String> inputs(List<PathModel.Input> inputs) {
		return inputs.stream().collect(Collectors.toMap(PathModel.Input::path, PathModel.Input::literal));
	}

	@Test
	void pathsAreSearchedAgainOnlyForProcessesThatChanged() {
		Solution solution = SampleSolutions.invoicing();
		solution.getProcesses().add(SampleProcesses.onboarding());
		solution.getProcesses().add(SampleProcesses.supplierQuery());
		KnownPaths known = new KnownPaths();
		known.startRun();
		Map<String, List<PathModel>> first = pathsOf(ServiceModel.of(solution, List.of(), known));

		// an attribute changes nothing a process's view holds: every search is taken again
		io.processware.model.domain.Attribute attribute = solution.getDomains().get(0).getEntities().get(0)
				.getAttributes().get(0);
		attribute.setRequired(!attribute.isRequired());
		known.startRun();
		Map<String, List<PathModel>> second = pathsOf(ServiceModel.of(solution, List.of(), known));
		first.forEach((process, paths) -> assertTrue(paths == second.get(process), process + " was searched again"));

		// a changed condition is searched again, the other processes are not
		Process onboarding = solution.getProcesses().stream().filter(p -> "supplier-onboarding".equals(p.getId()))
				.findFirst().orElseThrow();
		onboarding.getSequenceFlows().stream().filter(f -> "supplier-onboarding.accept".equals(f.getId())).findFirst()
				.orElseThrow().setCondition("verdict = 'ACCEPT' and risk > 7");
		known.startRun();
		Map<String, List<PathModel>> third = pathsOf(ServiceModel.of(solution, List.of(), known));
		assertFalse(third.get("supplier-onboarding") == second.get("supplier-onboarding"));
		assertEquals(pathsOf(ServiceModel.of(solution)).get("supplier-onboarding"), third.get("supplier-onboarding"),
				"the same paths as a search from scratch");
		assertTrue(third.get("supplier-query") == second.get("supplier-query"));
	}

	private static Map<String, List<PathModel>> pathsOf(ServiceModel service) {
		return service.orchestration().processes().stream()
				.collect(Collectors.toMap(ProcessModel::key, ProcessModel::paths));
	}
}
