package io.processware.pipeline;

import static io.processware.pipeline.InvoiceSolution.ANALYST;
import static io.processware.pipeline.InvoiceSolution.BUSINESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.review.DecisionOutcome;
import io.processware.versioning.SolutionRepository;

/** Four-eyes review, two runs at once, and user edits outside protected regions. */
class PipelineSafetyTest {

	@TempDir
	Path temp;

	@Test
	void nobodyApprovesARunMadeFromTheirOwnModelChange() throws Exception {
		InvoiceSolution solution = InvoiceSolution.copy(temp);
		Pipeline pipeline = Pipeline.of(solution.output());
		pipeline.generate(solution.input(), InvoiceSolution.targets(), new Pipeline.Author("Amira Benali", BUSINESS));
		pipeline.decide("r1", InvoiceSolution.SECURITY, DecisionOutcome.APPROVED, null);
		pipeline.decide("r1", InvoiceSolution.DATA, DecisionOutcome.APPROVED, null);
		pipeline.evaluateGates(solution.load(), new QualityGateEvaluation(solution.output(), List.of(),
				Set.of(GateMetric.SECRETS, GateMetric.DOCUMENTATION), List.of("mvn")));
		PipelineException refused = assertThrows(PipelineException.class,
				() -> pipeline.decide("r1", BUSINESS, DecisionOutcome.APPROVED, null));
		assertTrue(refused.getMessage().startsWith("four-eyes review: amira.benali@example.com made the model change of run r1"),
				refused.getMessage());
		assertTrue(pipeline.currentApproved().isEmpty());
	}

	@Test
	void withoutFourEyesTheAuthorMayApprove() throws Exception {
		InvoiceSolution solution = InvoiceSolution.copy(temp);
		Files.writeString(solution.model(), Files.readString(solution.model()).replace(" fourEyesReview=\"true\"", ""));
		Pipeline pipeline = Pipeline.of(solution.output());
		pipeline.generate(solution.input(), InvoiceSolution.targets(), new Pipeline.Author("Amira Benali", BUSINESS));
		pipeline.decide("r1", InvoiceSolution.SECURITY, DecisionOutcome.APPROVED, null);
		pipeline.decide("r1", InvoiceSolution.DATA, DecisionOutcome.APPROVED, null);
		pipeline.evaluateGates(solution.load(), new QualityGateEvaluation(solution.output(), List.of(),
				Set.of(GateMetric.SECRETS, GateMetric.DOCUMENTATION), List.of("mvn")));
		assertEquals("v1", pipeline.decide("r1", BUSINESS, DecisionOutcome.APPROVED, null).approved().label());
	}

	@Test
	void twoRunsAtOnceAreRefused() throws Exception {
		InvoiceSolution solution = InvoiceSolution.copy(temp);
		Pipeline pipeline = Pipeline.of(solution.output());
		try (RunLock running = RunLock.acquire(solution.output())) {
			PipelineException refused = assertThrows(PipelineException.class, () -> pipeline.generate(solution.input(),
					InvoiceSolution.targets(), new Pipeline.Author("Ana Lyst", ANALYST)));
			assertTrue(refused.getMessage().contains("another generation run or review is in progress"), refused.getMessage());
		}
		assertEquals("r1", pipeline.generate(solution.input(), InvoiceSolution.targets(), new Pipeline.Author("Ana Lyst", ANALYST))
				.commit().runId(), "the lock is free again once the other run ended");
	}

	@Test
	void editsOutsideProtectedRegionsAreReportedBeforeAnythingIsWritten() throws Exception {
		InvoiceSolution solution = InvoiceSolution.copy(temp);
		Pipeline pipeline = Pipeline.of(solution.output());
		Pipeline.Author analyst = new Pipeline.Author("Ana Lyst", ANALYST);
		pipeline.generate(solution.input(), InvoiceSolution.targets(), analyst);
		Path policy = solution.output().resolve("security/treasurer.policy");
		Files.writeString(policy, Files.readString(policy) + "allow DELETE on everything\n");
		solution.changeOneRule();
		String head;
		try (SolutionRepository repository = SolutionRepository.open(solution.output())) {
			head = repository.head().orElseThrow().commit();
		}
		String catalogBefore = Files.readString(solution.output().resolve("catalog/finance.invoice.txt"));

		PipelineException refused = assertThrows(PipelineException.class,
				() -> pipeline.generate(solution.input(), InvoiceSolution.targets(), analyst));
		assertTrue(refused.getMessage().contains("1 generated file(s) were edited outside their protected regions: "
				+ "security/treasurer.policy"), refused.getMessage());
		try (SolutionRepository repository = SolutionRepository.open(solution.output())) {
			assertEquals(head, repository.head().orElseThrow().commit(), "no run was committed");
		}
		assertTrue(Files.readString(policy).endsWith("allow DELETE on everything\n"), "the user's edit is untouched");
		assertEquals(catalogBefore, Files.readString(solution.output().resolve("catalog/finance.invoice.txt")));
	}
}
