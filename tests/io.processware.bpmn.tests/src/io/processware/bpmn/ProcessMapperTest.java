package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.processware.bpmn.fidelity.FidelityCheck;
import io.processware.bpmn.mapping.MappedProcesses;
import io.processware.bpmn.mapping.ProcessAgreement;
import io.processware.bpmn.mapping.ProcessFactsWriter;
import io.processware.bpmn.mapping.ProcessMapper;
import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.MessageFlow;
import io.processware.model.process.Process;
import io.processware.model.process.StartEvent;
import io.processware.model.process.Task;
import io.processware.model.process.TimerEventDefinition;
import io.processware.model.process.TimerKind;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;

/**
 * BPMN ⇄ metamodel on the MIWG reference files: what the metamodel models survives export and
 * re-import through the model, and everything else survives through the document.
 */
class ProcessMapperTest {

	static List<Path> referenceFiles() {
		return TestFiles.miwgReferenceFiles();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("referenceFiles")
	void factsWrittenFromTheModelSurviveExportAndReimport(Path file) throws Exception {
		Solution solution = solutionWithRuleSet();
		BpmnDocument document = BpmnImporter.read(file);
		MappedProcesses before = ProcessMapper.read(document, solution);
		assertFalse(before.processes().isEmpty(), file + " has processes");
		int index = 0;
		for (Task task : tasks(before.processes())) {
			// every task gets different facts, so a fact written to the wrong task shows
			task.setDeterminism(Determinism.VALUES.get(1 + index % 3));
			task.setImplementationStatus(ImplementationStatus.VALUES.get(index % ImplementationStatus.VALUES.size()));
			if (index++ % 2 == 0) {
				task.getRuleSets().add(solution.getRuleSets().get(0));
			}
		}
		for (Process process : before.processes()) {
			assertEquals(List.of(), ProcessFactsWriter.write(process, document));
		}
		BpmnDocument reimported = BpmnImporter.read(BpmnExporter.toBytes(document), file + " (exported)");
		MappedProcesses after = ProcessMapper.read(reimported, solution);

		assertEquals(before.processes().size(), after.processes().size());
		for (int i = 0; i < before.processes().size(); i++) {
			Process expected = before.processes().get(i);
			List<String> differences = ProcessAgreement.differences(expected, after.processes().get(i));
			assertEquals(List.of(), differences, () -> file + ":\n" + String.join("\n", differences));
			assertTrue(EcoreUtil.equals(expected, after.processes().get(i)), () -> file + ": " + expected.getId()
					+ " differs after the round trip in a feature the agreement does not compare");
		}
		List<String> lost = FidelityCheck.differences(document, reimported);
		assertEquals(List.of(), lost, () -> file + " lost what the model does not hold:\n" + String.join("\n", lost));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("referenceFiles")
	void writingUnchangedFactsLeavesTheFileAsItWas(Path file) throws Exception {
		BpmnDocument original = BpmnImporter.read(file);
		BpmnDocument document = BpmnImporter.read(file);
		for (Process process : ProcessMapper.read(document, null).processes()) {
			ProcessFactsWriter.write(process, document);
		}
		BpmnDocument reimported = BpmnImporter.read(BpmnExporter.toBytes(document), "exported");
		List<String> differences = FidelityCheck.differences(original, reimported);
		assertEquals(List.of(), differences, () -> String.join("\n", differences));
	}

	@Test
	void everyFlowNodeFlowLaneAndPoolIsMapped() throws Exception {
		BpmnDocument document = BpmnImporter.read(TestFiles.miwg("B.2.0.bpmn"));
		long bpmnNodes = document.model().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).size();
		long bpmnFlows = document.model().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class).size();
		long bpmnLanes = document.model().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Lane.class).size();
		long bpmnPools = document.model().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Participant.class).size();
		long bpmnMessageFlows = document.model().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.MessageFlow.class).size();
		List<Process> processes = ProcessMapper.read(document, null).processes();
		assertEquals(bpmnNodes, count(processes, io.processware.model.process.FlowNode.class));
		assertEquals(bpmnFlows, count(processes, io.processware.model.process.SequenceFlow.class));
		assertEquals(bpmnLanes, processes.stream().mapToLong(process -> process.getLanes().size()).sum());
		assertEquals(bpmnPools, processes.stream().mapToLong(process -> process.getParticipants().size()).sum());
		assertEquals(bpmnMessageFlows, processes.stream().mapToLong(process -> process.getMessageFlows().size()).sum());
	}

	@Test
	void eventsKeepTheirDefinitionsAndAttachments() throws Exception {
		Process process = ProcessMapper.read(BpmnImporter.read(InvoiceExample.bpmnFile()), InvoiceExample.solution())
				.process("invoice-to-payment").orElseThrow();
		StartEvent start = (StartEvent) node(process, "invoice-to-payment.invoice-received");
		assertEquals("SupplierInvoice",
				((io.processware.model.process.MessageEventDefinition) start.getDefinition()).getMessage());
		BoundaryEvent overdue = (BoundaryEvent) node(process, "invoice-to-payment.approval-overdue");
		assertFalse(overdue.isInterrupting());
		assertEquals("invoice-to-payment.approve-invoice", overdue.getAttachedTo().getId());
		TimerEventDefinition timer = assertInstanceOf(TimerEventDefinition.class, overdue.getDefinition());
		assertEquals(TimerKind.DURATION, timer.getTimer());
		assertEquals("P3D", timer.getExpression());
		MessageFlow invoiceSent = process.getMessageFlows().get(0);
		assertEquals("invoice-to-payment.supplier", invoiceSent.getSource().getId());
		assertEquals("invoice-to-payment.accounts-payable", invoiceSent.getTarget().getId());
		assertEquals(start, invoiceSent.getNode());
	}

	@Test
	void approximationsAndUnknownRuleSetsAreNoted() throws Exception {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:pw="https://processware.io/schema/bpmn/1.0" id="d" targetNamespace="t">
				  <bpmn:process id="p">
				    <bpmn:manualTask id="count-cash">
				      <bpmn:extensionElements><pw:taskProfile><pw:ruleRef name="no-such-rules"/></pw:taskProfile></bpmn:extensionElements>
				    </bpmn:manualTask>
				    <bpmn:complexGateway id="quorum"/>
				  </bpmn:process>
				</bpmn:definitions>
				""";
		MappedProcesses read = ProcessMapper.read(BpmnImporter.read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"odd.bpmn"), solutionWithRuleSet());
		assertEquals(List.of("count-cash: manual task mapped as a user task (the model has no such kind)",
				"count-cash: rule set 'no-such-rules' is not in the solution",
				"quorum: complexGateway mapped as an inclusive gateway (the model has no such kind)"), read.notes());
		assertEquals(2, read.processes().get(0).getNodes().size());
	}

	private static Solution solutionWithRuleSet() {
		Solution solution = SolutionFactory.eINSTANCE.createSolution();
		RuleSet rules = SolutionFactory.eINSTANCE.createRuleSet();
		rules.setId("approval-thresholds");
		rules.setName("Approval thresholds");
		solution.getRuleSets().add(rules);
		return solution;
	}

	private static List<Task> tasks(List<Process> processes) {
		return stream(processes).filter(Task.class::isInstance).map(Task.class::cast).toList();
	}

	private static long count(List<Process> processes, Class<?> type) {
		return stream(processes).filter(type::isInstance).count();
	}

	private static Stream<EObject> stream(List<Process> processes) {
		return processes.stream().flatMap(process -> {
			Stream.Builder<EObject> all = Stream.builder();
			for (TreeIterator<EObject> it = process.eAllContents(); it.hasNext();) {
				all.add(it.next());
			}
			return all.build();
		});
	}

	private static io.processware.model.process.FlowNode node(Process process, String id) {
		return (io.processware.model.process.FlowNode) stream(List.of(process))
				.filter(element -> element instanceof io.processware.model.process.FlowNode node && id.equals(node.getId()))
				.findFirst().orElseThrow();
	}
}
