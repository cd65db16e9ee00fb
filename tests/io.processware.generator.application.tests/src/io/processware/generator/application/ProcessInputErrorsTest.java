package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.processware.generator.GenerationException;
import io.processware.model.process.FlowNode;
import io.processware.model.process.Process;
import io.processware.model.process.ProcessFactory;
import io.processware.model.process.SequenceFlow;
import io.processware.model.solution.Solution;

/** A process the service cannot run is refused before anything is generated, naming file and element. */
class ProcessInputErrorsTest {

	private static String failure(Process process) {
		process.setBpmnFile("processes/onboarding.bpmn");
		Solution solution = SampleSolutions.invoicing();
		solution.getProcesses().add(process);
		return assertThrows(GenerationException.class, () -> ServiceModel.of(solution)).getMessage();
	}

	private static SequenceFlow flow(Process process, String id) {
		return process.getSequenceFlows().stream().filter(f -> f.getId().equals("supplier-onboarding." + id)).findFirst()
				.orElseThrow();
	}

	@Test
	void aConditionThatDoesNotParseNamesFileFlowAndColumn() {
		Process process = SampleProcesses.onboarding();
		flow(process, "accept").setCondition("verdict = 'ACCEPT' and and risk < 3");
		assertEquals("processes/onboarding.bpmn: sequence flow 'supplier-onboarding.accept' unexpected 'and' at column 24 "
				+ "of condition 'verdict = 'ACCEPT' and and risk < 3'", failure(process));
	}

	@Test
	void anUnconditionedFlowOutOfAnExclusiveGatewayMustBeItsDefault() {
		Process process = SampleProcesses.onboarding();
		flow(process, "rework").setCondition(null);
		assertEquals("processes/onboarding.bpmn: sequence flow 'supplier-onboarding.rework' leaves exclusive gateway "
				+ "'supplier-onboarding.verdict' without a condition and is not its default flow", failure(process));
	}

	@Test
	void aTimerFiresOnceAtADurationOrDate() {
		Process cycle = SampleProcesses.supplierQuery();
		cycle.setBpmnFile("processes/onboarding.bpmn");
		timerOf(cycle, "cooling-off").setExpression("R3/PT1H");
		Solution solution = SampleSolutions.invoicing();
		solution.getProcesses().add(cycle);
		assertEquals("processes/onboarding.bpmn: intermediate event 'supplier-query.cooling-off' repeats (cycle "
				+ "'R3/PT1H'); the generated service fires a timer once: give it a duration (P3D) or a date",
				assertThrows(GenerationException.class, () -> ServiceModel.of(solution)).getMessage());
		Process garbled = SampleProcesses.supplierQuery();
		garbled.setBpmnFile("processes/onboarding.bpmn");
		timerOf(garbled, "reply-overdue").setExpression("five days");
		Solution other = SampleSolutions.invoicing();
		other.getProcesses().add(garbled);
		assertEquals("processes/onboarding.bpmn: boundary event 'supplier-query.reply-overdue' has timer 'five days', "
				+ "which is neither an ISO-8601 duration in days, hours, minutes or seconds (P3D, PT4H) nor a date "
				+ "(2026-12-31) nor an instant (2026-12-31T12:00:00Z)",
				assertThrows(GenerationException.class, () -> ServiceModel.of(other)).getMessage());
	}

	private static io.processware.model.process.TimerEventDefinition timerOf(Process process, String id) {
		return (io.processware.model.process.TimerEventDefinition) ((io.processware.model.process.Event) SampleProcesses
				.find(process, id)).getDefinition();
	}

	@Test
	void aDeadEndIsNamed() {
		Process process = SampleProcesses.onboarding();
		process.getSequenceFlows().remove(flow(process, "f10"));
		assertEquals("processes/onboarding.bpmn: service task 'supplier-onboarding.card' has no outgoing sequence flow: "
				+ "a process instance would stop there; connect it or make it an end event", failure(process));
	}

	@Test
	void aProcessStartsAtExactlyOneStartEvent() {
		Process process = SampleProcesses.onboarding();
		FlowNode second = SampleProcesses.node(process, ProcessFactory.eINSTANCE.createStartEvent(), "again", "Again");
		SampleProcesses.flow(process, "f11", second, SampleProcesses.find(process, "collect"), null);
		assertEquals("processes/onboarding.bpmn: process 'supplier-onboarding' has 2 start events; the service starts "
				+ "a process at exactly one", failure(process));
	}

	@Test
	void elementsTheEngineDoesNotRunAreNamed() {
		Process process = SampleProcesses.onboarding();
		FlowNode call = SampleProcesses.node(process, ProcessFactory.eINSTANCE.createCallActivity(), "call", "Legal check");
		SampleProcesses.flow(process, "f12", SampleProcesses.find(process, "proposed"), call, null);
		SampleProcesses.flow(process, "f13", call, SampleProcesses.find(process, "rejected"), null);
		String message = failure(process);
		assertEquals("processes/onboarding.bpmn: call activity 'supplier-onboarding.call' is a CallActivity, which the "
				+ "generated service does not run yet (tasks, exclusive, inclusive and parallel gateways, embedded "
				+ "sub-processes, start, end, intermediate and boundary events are supported)", message);
	}

	@Test
	void aSubProcessIsEnteredAtOneStartEventAndCarriesNoBoundaryEvent() {
		Process process = SampleProcesses.onboarding();
		FlowNode sub = SampleProcesses.node(process, ProcessFactory.eINSTANCE.createSubProcess(), "sub", "Legal check");
		SampleProcesses.flow(process, "f12", SampleProcesses.find(process, "proposed"), sub, null);
		SampleProcesses.flow(process, "f13", sub, SampleProcesses.find(process, "rejected"), null);
		assertEquals("processes/onboarding.bpmn: sub process 'supplier-onboarding.sub' has 0 start events; the service "
				+ "enters a sub-process at exactly one", failure(process));

		Process query = SampleProcesses.supplierQuery();
		io.processware.model.process.BoundaryEvent late = ProcessFactory.eINSTANCE.createBoundaryEvent();
		SampleProcesses.node(query, late, "late", "Handling late");
		late.setAttachedTo((io.processware.model.process.Activity) SampleProcesses.find(query, "handle-reply"));
		SampleProcesses.flow(query, "q9", late, SampleProcesses.find(query, "lapsed"), null);
		assertEquals("processes/onboarding.bpmn: boundary event 'supplier-query.late' is attached to sub-process "
				+ "'supplier-query.handle-reply'; the generated service does not run boundary events on sub-processes "
				+ "yet", failure(query));
	}

	@Test
	void aDefaultFlowThatDoesNotLeaveItsGatewayIsNamed() {
		Process process = SampleProcesses.onboarding();
		io.processware.model.process.ExclusiveGateway verdict = (io.processware.model.process.ExclusiveGateway) SampleProcesses
				.find(process, "verdict");
		verdict.setDefaultFlow(flow(process, "f1"));
		assertEquals("processes/onboarding.bpmn: exclusive gateway 'supplier-onboarding.verdict' names default flow "
				+ "'supplier-onboarding.f1', which does not leave it", failure(process));
	}

	@Test
	void aProcessWithoutBpmnFileIsNamedByItsKey() {
		Process process = SampleProcesses.onboarding();
		flow(process, "f1").setCondition("(risk");
		Solution solution = SampleSolutions.invoicing();
		solution.getProcesses().add(process);
		assertEquals("process supplier-onboarding: sequence flow 'supplier-onboarding.f1' missing ')' at column 6 of "
				+ "condition '(risk'", assertThrows(GenerationException.class, () -> ServiceModel.of(solution)).getMessage());
	}
}
