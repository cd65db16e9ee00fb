package io.processware.pipeline;

import static io.processware.pipeline.InvoiceSolution.ANALYST;
import static io.processware.pipeline.InvoiceSolution.BUSINESS;
import static io.processware.pipeline.InvoiceSolution.DATA;
import static io.processware.pipeline.InvoiceSolution.FINOPS;
import static io.processware.pipeline.InvoiceSolution.SECURITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.generation.AssemblyQueueKind;
import io.processware.model.generation.PhaseKind;
import io.processware.model.generation.PhaseStatus;
import io.processware.model.generation.RunStatus;
import io.processware.model.review.DecisionOutcome;
import io.processware.model.review.ReviewItem;
import io.processware.versioning.ApprovedVersion;
import io.processware.versioning.FileChange;
import io.processware.versioning.RunCommit;
import io.processware.versioning.SolutionRepository;

/**
 * The invoice example through the whole pipeline on a real git repository: generate, board
 * approvals, quality gate, business approval and tag; a clone that carries the review history; a
 * second run changing one rule with a minimal diff while v1 stays current; a rejection loop; a
 * rollback.
 */
class InvoiceFlowTest {

	private static final Set<GateMetric> CHEAP = Set.of(GateMetric.VALIDATORS, GateMetric.SECRETS, GateMetric.DOCUMENTATION);

	@TempDir
	Path temp;

	@Test
	void generateReviewGateApproveTagCloneChangeRejectRollBack() throws Exception {
		InvoiceSolution solution = InvoiceSolution.copy(temp);
		Pipeline pipeline = Pipeline.of(solution.output());
		Pipeline.Author analyst = new Pipeline.Author("Ana Lyst", ANALYST);

		// run 1: committed on the generation branch with its trailers, routed to boards and queues
		RunResult first = pipeline.generate(solution.input(), InvoiceSolution.targets(), analyst);
		assertEquals("r1", first.commit().runId());
		assertEquals(RunStatus.IN_REVIEW, first.record().run().getStatus());
		assertNull(first.current(), "nothing approved yet");
		assertEquals(List.of("application-service 1.0.0", "security-policies 1.0.0", "data-catalog 1.0.0").size(),
				first.commit().templateSets().size());
		assertEquals(solution.input().modelHash(), first.commit().modelHash());
		assertEquals(ANALYST, first.commit().authorEmail());
		try (Git git = Git.open(solution.output().toFile())) {
			assertEquals(SolutionRepository.GENERATION_BRANCH, git.getRepository().getBranch());
			String message = git.log().setMaxCount(1).call().iterator().next().getFullMessage();
			assertTrue(message.contains("Processware-Run: r1\n") && message.contains("Processware-Model-Hash: ")
					&& message.contains("Processware-Template-Set: security-policies 1.0.0"), message);
			assertTrue(git.status().call().isClean(), "the run's commit holds the whole output");
		}
		RunRecord record = first.record();
		List<String> securityItems = itemsOf(record, "security-board");
		List<String> dataItems = itemsOf(record, "data-governance-board");
		assertEquals(3, securityItems.size(), "one policy per role: " + securityItems);
		assertTrue(dataItems.size() >= 5, "one catalog entry per entity: " + dataItems);
		assertTrue(record.run().getQueues().stream().filter(queue -> queue.getKind() == AssemblyQueueKind.A)
				.allMatch(queue -> queue.getEntries().stream().anyMatch(artefact -> artefact.getPath().endsWith(".java"))),
				"application code goes straight to queue A");
		assertTrue(record.run().getQueues().stream().filter(queue -> queue.getKind() == AssemblyQueueKind.B)
				.allMatch(queue -> queue.getEntries().stream().allMatch(artefact -> artefact.getPath().startsWith("security/")
						|| artefact.getPath().startsWith("catalog/"))));

		// business validation waits for the boards and the gate; only a board's reviewers decide for it
		PipelineException early = assertThrows(PipelineException.class,
				() -> pipeline.decide("r1.business", BUSINESS, DecisionOutcome.APPROVED, null));
		assertTrue(early.getMessage().contains("Security board has 3 item(s) to approve"), early.getMessage());
		PipelineException stranger = assertThrows(PipelineException.class,
				() -> pipeline.decide(securityItems.get(0), FINOPS, DecisionOutcome.APPROVED, null));
		assertTrue(stranger.getMessage().contains("is not a reviewer of Security board"), stranger.getMessage());

		assertEquals(3, pipeline.decide("r1", SECURITY, DecisionOutcome.APPROVED, "policies match the roles").decided().size());
		assertEquals(dataItems.size(), pipeline.decide("r1", DATA, DecisionOutcome.APPROVED, null).decided().size());
		assertEquals(PhaseStatus.PASSED, pipeline.run("r1").record().phase(PhaseKind.ASSEMBLE).orElseThrow().getStatus());

		// quality gate: every criterion scored and recorded in the run
		List<GateResult> gates = pipeline.evaluateGates(solution.load(),
				new QualityGateEvaluation(solution.output(), qa(first),
						CHEAP, List.of("mvn")));
		assertEquals(1, gates.size());
		assertTrue(gates.get(0).passed(), gates.get(0).describe() + " " + gates.get(0).criteria());
		RunRecord gated = pipeline.run("r1").record();
		assertEquals(1 + 4, gated.run().getPhases().stream().filter(phase -> phase.getKind() == PhaseKind.QUALITY_GATE).count(),
				"the gate and each of its four criteria");
		assertTrue(gated.run().getPhases().stream().anyMatch(phase -> phase.getId().equals("r1.gate.release-gate.tests")
				&& phase.getStatus() == PhaseStatus.SKIPPED));

		// business approval tags v1 and moves the approved branch
		Pipeline.DecisionResult approval = pipeline.decide("r1", BUSINESS, DecisionOutcome.APPROVED, "ready");
		assertNotNull(approval.approved());
		assertEquals("approved/v1", approval.approved().tag());
		assertEquals(RunStatus.APPROVED, pipeline.run("r1").status());
		try (Git git = Git.open(solution.output().toFile())) {
			assertEquals(first.commit().commit(), git.getRepository().resolve("refs/tags/approved/v1^{commit}").name());
			assertEquals(first.commit().commit(),
					git.getRepository().resolve(SolutionRepository.APPROVED_BRANCH).name());
		}

		// a clone of the output repository carries the whole review history
		Path clone = temp.resolve("clone");
		Git.cloneRepository().setURI(solution.output().toUri().toString()).setDirectory(clone.toFile()).call().close();
		Pipeline.RunView cloned = Pipeline.of(clone).run("r1");
		assertEquals(RunStatus.APPROVED, cloned.status());
		assertEquals("v1", cloned.version().label());
		ReviewItem securityItem = cloned.record().item(securityItems.get(0)).orElseThrow();
		assertEquals(SECURITY, securityItem.getDecisions().get(0).getReviewer().getEmail());
		assertEquals("policies match the roles", securityItem.getDecisions().get(0).getComment());
		assertNotNull(securityItem.getDecisions().get(0).getDecidedAt());

		// run 2 changes one rule: a minimal diff, v1 stays the current version while r2 is pending
		solution.changeOneRule();
		RunResult second = pipeline.generate(solution.input(), InvoiceSolution.targets(), analyst);
		assertEquals("v1", second.current().label());
		assertEquals("v1", pipeline.currentApproved().orElseThrow().label());
		Map<String, List<FileChange>> diff = pipeline.diffByBoard("r1", "r2", solution.load(), InvoiceSolution.targets());
		List<FileChange> changed = diff.values().stream().flatMap(List::stream)
				.filter(change -> !change.path().startsWith(".processware/")).toList();
		assertFalse(changed.isEmpty());
		assertTrue(changed.size() <= 4, "only the rule's own files change: " + changed.stream().map(FileChange::path).toList());
		// the table, its row tests, the rule set's tests and the process steps' rule tests
		assertTrue(changed.stream().map(change -> change.path().toLowerCase(java.util.Locale.ROOT))
				.allMatch(path -> path.contains("approval") || path.contains("rule")),
				changed.stream().map(FileChange::path).toList().toString());
		String ruleFile = changed.stream().filter(change -> change.patch().contains("20000")).findFirst()
				.orElseThrow(() -> new AssertionError("line-level changes are shown")).path();
		assertEquals(Set.of(BoardOfFile.QUEUE_A, "engine bookkeeping"), diff.keySet(), "application code needs no board");
		assertTrue(second.record().boardItems().isEmpty(), "nothing for the boards to review in r2");

		// rejection loop: refinement required, comments attached to the model elements concerned
		pipeline.evaluateGates(solution.load(), new QualityGateEvaluation(solution.output(), qa(second), CHEAP, List.of("mvn")));
		assertThrows(PipelineException.class, () -> pipeline.decide("r2", BUSINESS, DecisionOutcome.REJECTED, " "),
				"a rejection needs a comment");
		solution.reclassifyOneAttribute();
		RunResult third = pipeline.generate(solution.input(), InvoiceSolution.targets(), analyst);
		PipelineException superseded = assertThrows(PipelineException.class,
				() -> pipeline.decide("r2", BUSINESS, DecisionOutcome.APPROVED, null));
		assertTrue(superseded.getMessage().contains("superseded by run r3"), superseded.getMessage());
		List<String> catalogItems = itemsOf(third.record(), "data-governance-board");
		assertEquals(1, catalogItems.size(), "only the reclassified entity's catalog entry: " + catalogItems);
		pipeline.decide(catalogItems.get(0), DATA, DecisionOutcome.REJECTED, "BIC is not restricted data");
		Pipeline.RunView rejected = pipeline.run("r3");
		assertEquals(RunStatus.REJECTED, rejected.status());
		List<Pipeline.Refinement> refinements = Pipeline.refinements(rejected.record());
		assertEquals(1, refinements.size());
		assertEquals("finance.supplier-bank-account", refinements.get(0).elements().get(0));
		assertEquals("BIC is not restricted data", refinements.get(0).comment());
		assertThrows(PipelineException.class, () -> pipeline.decide("r3", BUSINESS, DecisionOutcome.APPROVED, null));
		assertEquals("v1", pipeline.currentApproved().orElseThrow().label(), "a rejected run never becomes current");

		// the analyst refines the model: the next run has nothing left for the data board, and is approved as v2
		solution.reclassifyOneAttributeBack();
		RunResult fourth = pipeline.generate(solution.input(), InvoiceSolution.targets(), analyst);
		assertTrue(itemsOf(fourth.record(), "data-governance-board").isEmpty(), "the catalog is v1's again");
		pipeline.evaluateGates(solution.load(), new QualityGateEvaluation(solution.output(), qa(fourth), CHEAP, List.of("mvn")));
		assertEquals("v2", pipeline.decide("r4", BUSINESS, DecisionOutcome.APPROVED, "threshold raised as agreed")
				.approved().label());

		// rollback to v1: a new commit with v1's tree, tagged v3; history is kept
		ApprovedVersion restored = pipeline.rollback("v1", solution.load(), InvoiceSolution.targets(),
				new Pipeline.Author("Amira Benali", BUSINESS));
		assertEquals("v3", restored.label());
		try (SolutionRepository repository = SolutionRepository.open(solution.output())) {
			assertTrue(repository.diff(first.commit().commit(), restored.commit()).isEmpty(), "v3 has exactly v1's tree");
			assertEquals(List.of("r5", "r4", "r3", "r2", "r1"), repository.runs().stream().map(RunCommit::runId).toList());
			assertFalse(repository.hasUncommittedChanges());
		}
		assertEquals("v3", pipeline.currentApproved().orElseThrow().label());
		assertFalse(Files.readString(solution.output().resolve(ruleFile)).contains("20000"),
				"the working tree is v1's: the old threshold is back");
	}

	private static List<io.processware.generator.QaReport> qa(RunResult run) {
		return run.generation().outcomes().stream().map(outcome -> outcome.qa()).toList();
	}

	private static List<String> itemsOf(RunRecord record, String board) {
		return record.boardItems().stream().filter(item -> RunRecord.boardOf(item).getId().equals(board))
				.map(ReviewItem::getId).toList();
	}
}
