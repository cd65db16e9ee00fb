package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.bpmn.classify.ClassificationRun;
import io.processware.bpmn.matrix.TableFormat;
import io.processware.bpmn.status.ProcessState;
import io.processware.bpmn.status.RequestPath;
import io.processware.bpmn.status.StatusReport;
import io.processware.bpmn.status.TaskState;
import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.Task;
import io.processware.model.solution.Solution;

/** The multi-state check and the request path of the invoice process, as it moves towards production. */
class RequestPathStatusTest {

	@TempDir
	Path solutionFolder;

	@Test
	void theExampleAsShippedRunsOnTheRuntimeLlmWhileGenerationIsQueued() {
		ProcessState state = state(InvoiceExample.solution());
		assertTrue(state.defined());
		assertFalse(state.generated());
		assertEquals(RequestPath.RUNTIME_LLM_WHILE_GENERATION_QUEUED, state.path());
		Map<String, RequestPath> paths = paths(state);
		assertEquals(RequestPath.STATIC_CODE, paths.get("post-invoice"), "existing code runs today");
		assertEquals(RequestPath.RUNTIME_LLM_WHILE_GENERATION_QUEUED, paths.get("validate-invoice"));
		assertEquals(RequestPath.STAGED_VERSION_WHILE_DEPLOYMENT_QUEUED, paths.get("approve-invoice"),
				"a runtime-LLM task needs no code, only the router deployed");
	}

	@Test
	void anUnclassifiedTaskNeedsTheBusinessDefinitionFirst() {
		Solution solution = InvoiceExample.solution();
		task(solution, "approve-invoice").setDeterminism(Determinism.UNCLASSIFIED);
		assertEquals(RequestPath.BUSINESS_DEFINITION_REQUIRED, state(solution).path());
	}

	@Test
	void theProcessMovesFromReviewToStagingToStaticCode() {
		Solution solution = InvoiceExample.solution();
		setAll(solution, ImplementationStatus.GENERATED);
		assertEquals(RequestPath.PREVIOUS_VALIDATED_VERSION_WHILE_REVIEW_PENDING, state(solution).path());
		setAll(solution, ImplementationStatus.VALIDATED);
		assertEquals(RequestPath.STAGED_VERSION_WHILE_DEPLOYMENT_QUEUED, state(solution).path());
		setAll(solution, ImplementationStatus.DEPLOYED);
		ProcessState deployed = state(solution);
		assertTrue(deployed.deployed());
		assertEquals(RequestPath.STATIC_CODE, deployed.path());
	}

	@Test
	void theGeneratedOutputsTraceCountsAsGenerated() throws Exception {
		Path trace = solutionFolder.resolve("generated/.processware/trace.json");
		Files.createDirectories(trace.getParent());
		Solution solution = InvoiceExample.solution();
		String entries = ClassificationRun.tasks(solution.getProcesses().get(0)).stream()
				.map(task -> "\"src/" + task.getId() + ".java\": {\"templateSet\": \"application\", \"elements\": [\""
						+ task.getId() + "\"]}")
				.collect(Collectors.joining(",\n", "{\n", "\n}\n"));
		Files.writeString(trace, entries);
		ProcessState state = ProcessState.of(solution, solutionFolder).get(0);
		assertTrue(state.generated(), () -> StatusReport.render(List.of(state), TableFormat.TEXT));
		assertEquals(RequestPath.PREVIOUS_VALIDATED_VERSION_WHILE_REVIEW_PENDING, state.path());
		TaskState validate = state.tasks().stream()
				.filter(task -> task.task().getId().equals("invoice-to-payment.validate-invoice")).findFirst().orElseThrow();
		assertEquals(List.of("src/invoice-to-payment.validate-invoice.java"), validate.generatedFiles());
	}

	@Test
	void theReportShowsTheChecksAndThePath() {
		String report = StatusReport.render(List.of(state(InvoiceExample.solution())), TableFormat.TEXT);
		assertTrue(report.startsWith("Process Invoice to payment (invoice-to-payment): runtime LLM while generation "
				+ "is queued\n"), report);
		String processLine = report.lines().filter(line -> line.startsWith("(process)")).findFirst().orElseThrow();
		assertTrue(processLine.matches("\\(process\\) +yes +no: 3 of 8 tasks +no: 3 of 8 tasks +no: 2 of 8 tasks "
				+ "+runtime LLM while generation is queued"), processLine);
	}

	private ProcessState state(Solution solution) {
		return ProcessState.of(solution, solutionFolder).get(0);
	}

	private static Map<String, RequestPath> paths(ProcessState state) {
		return state.tasks().stream().collect(Collectors.toMap(
				task -> task.task().getId().substring("invoice-to-payment.".length()), TaskState::path));
	}

	private static Task task(Solution solution, String name) {
		return (Task) solution.eResource().getEObject("invoice-to-payment." + name);
	}

	/** Moves every task that is not implemented otherwise (existing code) to a status. */
	private static void setAll(Solution solution, ImplementationStatus status) {
		ClassificationRun.tasks(solution.getProcesses().get(0)).stream()
				.filter(task -> task.getImplementationStatus() != ImplementationStatus.EXISTING_STATIC_CODE)
				.forEach(task -> task.setImplementationStatus(status));
	}
}
