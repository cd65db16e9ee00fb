package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.processware.bpmn.classify.DeterminismClassifier;
import io.processware.bpmn.classify.Evidence;
import io.processware.bpmn.classify.ImplementationStrategy;
import io.processware.bpmn.classify.Proposal;
import io.processware.bpmn.classify.Verdict;
import io.processware.model.domain.Attribute;
import io.processware.model.domain.AttributeType;
import io.processware.model.domain.DomainFactory;
import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.ProcessFactory;
import io.processware.model.process.RuntimeLlmSlot;
import io.processware.model.process.ServiceTask;
import io.processware.model.process.Task;
import io.processware.model.process.UserTask;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.SolutionFactory;

/** One case per kind of evidence, their combinations, and the analyst's word. */
class DeterminismClassifierTest {
	private static final ProcessFactory PROCESS = ProcessFactory.eINSTANCE;

	@Test
	void existingCodeIsReused() {
		ServiceTask task = serviceTask("Post invoice");
		task.setExistingCode("SAP FI_INVOICE_POST web service");
		Proposal proposal = propose(task);
		assertEquals(Determinism.DETERMINISTIC, proposal.proposed());
		assertEquals(ImplementationStrategy.REUSE_EXISTING_CODE, proposal.strategy());
		assertEquals(List.of(Evidence.Kind.EXISTING_CODE), kinds(proposal));
		assertTrue(proposal.rationale().contains("SAP FI_INVOICE_POST"), proposal.rationale());
	}

	@Test
	void theExistingCodeStatusCountsAsAMarker() {
		ServiceTask task = serviceTask("Archive");
		task.setImplementationStatus(ImplementationStatus.EXISTING_STATIC_CODE);
		assertEquals(ImplementationStrategy.REUSE_EXISTING_CODE, propose(task).strategy());
	}

	@Test
	void ruleSetsMakeATaskDeterministicAndGenerated() {
		ServiceTask task = serviceTask("Compute discount");
		task.getRuleSets().add(ruleSet("Discounts"));
		Proposal proposal = propose(task);
		assertEquals(Determinism.DETERMINISTIC, proposal.proposed());
		assertEquals(ImplementationStrategy.GENERATE, proposal.strategy());
		assertEquals("covered by the rule sets Discounts", proposal.rationale());
	}

	@Test
	void aMechanicalTaskKindIsDeterministic() {
		Task task = PROCESS.createSendTask();
		task.setName("Send confirmation");
		Proposal proposal = propose(task);
		assertEquals(Determinism.DETERMINISTIC, proposal.proposed());
		assertEquals(List.of(Evidence.Kind.TASK_KIND), kinds(proposal));
	}

	@Test
	void aPersonsJudgementIsNonDeterministic() {
		UserTask task = PROCESS.createUserTask();
		task.setName("Approve invoice");
		Proposal proposal = propose(task);
		assertEquals(Determinism.NON_DETERMINISTIC, proposal.proposed());
		assertEquals(ImplementationStrategy.RUNTIME_LLM_WITH_ANALYTICS, proposal.strategy());
	}

	@Test
	void anLlmSlotAloneMeansRuntimeLlm() {
		ServiceTask task = serviceTask("Summarise complaint");
		task.setLlmSlot(slot("Summarise what the customer wants"));
		Proposal proposal = propose(task);
		assertEquals(Determinism.NON_DETERMINISTIC, proposal.proposed());
		assertEquals(List.of(Evidence.Kind.LLM_SLOT), kinds(proposal));
	}

	@Test
	void rulesAndAnLlmSlotMakeAHybrid() {
		ServiceTask task = serviceTask("Capture invoice");
		task.getRuleSets().add(ruleSet("Invoice validation"));
		task.setLlmSlot(slot("Interpret fields OCR could not place"));
		Proposal proposal = propose(task);
		assertEquals(Determinism.PARTIAL, proposal.proposed());
		assertEquals(ImplementationStrategy.HYBRID_WITH_LLM_SLOT, proposal.strategy());
	}

	@Test
	void documentInputsOfTheSlotAreFreeText() {
		ServiceTask task = serviceTask("Capture invoice");
		RuntimeLlmSlot slot = slot("Read the invoice");
		Attribute scan = DomainFactory.eINSTANCE.createAttribute();
		scan.setName("scan");
		scan.setType(AttributeType.DOCUMENT);
		slot.getInputs().add(scan);
		task.setLlmSlot(slot);
		assertEquals(List.of(Evidence.Kind.LLM_SLOT, Evidence.Kind.FREE_TEXT_INPUT), kinds(propose(task)));
	}

	@Test
	void freeTextInTheDescriptionCountsAsVariableInput() {
		ServiceTask task = serviceTask("Register claim");
		task.setDescription("Reads the customer's e-mail and its attachments.");
		task.getRuleSets().add(ruleSet("Claims"));
		Proposal proposal = propose(task);
		assertEquals(Determinism.PARTIAL, proposal.proposed());
		assertTrue(proposal.rationale().contains("'e-mail'"), proposal.rationale());
	}

	@Test
	void withoutEvidenceThereIsNoProposal() {
		Proposal proposal = propose(serviceTask("Do something"));
		assertEquals(Determinism.UNCLASSIFIED, proposal.proposed());
		assertNull(proposal.strategy());
		assertEquals(Verdict.NO_EVIDENCE, proposal.verdict());
	}

	@Test
	void theAnalystsClassIsNeverOverruled() {
		UserTask task = PROCESS.createUserTask();
		task.setName("Approve invoice");
		task.setDeterminism(Determinism.PARTIAL);
		assertEquals(Verdict.ANALYST_DIFFERS, DeterminismClassifier.propose(task, DeterminismSource.ANALYST).verdict());
		assertEquals(Verdict.REVISED, DeterminismClassifier.propose(task, DeterminismSource.CLASSIFIER).verdict());
		task.setDeterminism(Determinism.UNCLASSIFIED);
		assertEquals(Verdict.NEW, DeterminismClassifier.propose(task, DeterminismSource.ANALYST).verdict());
		assertEquals(Determinism.UNCLASSIFIED, task.getDeterminism(), "proposing changes nothing");
	}

	@Test
	void theInvoiceProcessIsClassifiedAsTheAnalystDid() {
		Map<String, String> proposals = io.processware.bpmn.classify.ClassificationRun
				.tasks(InvoiceExample.process()).stream().map(task -> DeterminismClassifier.propose(task, DeterminismSource.ANALYST))
				.collect(Collectors.toMap(proposal -> proposal.task().getId().substring("invoice-to-payment.".length()),
						proposal -> proposal.proposed() + " " + proposal.strategy() + " " + proposal.verdict()));
		assertEquals(Map.of(
				"ocr-intake", "PARTIAL HYBRID_WITH_LLM_SLOT AGREES",
				"validate-invoice", "DETERMINISTIC GENERATE AGREES",
				"return-invoice", "DETERMINISTIC GENERATE AGREES",
				"determine-approval", "DETERMINISTIC GENERATE AGREES",
				"approve-invoice", "NON_DETERMINISTIC RUNTIME_LLM_WITH_ANALYTICS AGREES",
				"remind-approver", "DETERMINISTIC REUSE_EXISTING_CODE AGREES",
				"post-invoice", "DETERMINISTIC REUSE_EXISTING_CODE AGREES",
				"schedule-payment", "DETERMINISTIC GENERATE AGREES"), proposals);
	}

	private static Proposal propose(Task task) {
		return DeterminismClassifier.propose(task, DeterminismSource.ANALYST);
	}

	private static List<Evidence.Kind> kinds(Proposal proposal) {
		return proposal.evidence().stream().map(Evidence::kind).toList();
	}

	private static ServiceTask serviceTask(String name) {
		ServiceTask task = PROCESS.createServiceTask();
		task.setName(name);
		return task;
	}

	private static RuntimeLlmSlot slot(String purpose) {
		RuntimeLlmSlot slot = PROCESS.createRuntimeLlmSlot();
		slot.setPurpose(purpose);
		return slot;
	}

	private static RuleSet ruleSet(String name) {
		RuleSet rules = SolutionFactory.eINSTANCE.createRuleSet();
		rules.setName(name);
		return rules;
	}
}
