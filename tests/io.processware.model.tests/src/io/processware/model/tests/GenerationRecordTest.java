package io.processware.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.generation.ArtefactKind;
import io.processware.model.generation.AssemblyQueue;
import io.processware.model.generation.AssemblyQueueKind;
import io.processware.model.generation.GeneratedArtefact;
import io.processware.model.generation.GenerationFactory;
import io.processware.model.generation.GenerationPhase;
import io.processware.model.generation.GenerationRun;
import io.processware.model.generation.PhaseKind;
import io.processware.model.generation.PhaseStatus;
import io.processware.model.generation.RunStatus;
import io.processware.model.generation.TemplateSetVersion;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.review.Decision;
import io.processware.model.review.DecisionOutcome;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewFactory;
import io.processware.model.review.ReviewItem;

/**
 * What a generation run leaves in the model (phases, artefacts traced to their sources, assembly
 * queues, review decisions) is saved with times in UTC and reads back the same.
 */
class GenerationRecordTest {

	private static final GenerationFactory GENERATION = GenerationFactory.eINSTANCE;
	private static final Instant STARTED = Instant.parse("2026-11-21T10:15:30Z");

	@TempDir
	Path temp;

	@Test
	void aGenerationRunWithItsReviewReadsBackIdentically() throws IOException {
		LoadedSolution invoice = Fixtures.load(Fixtures.invoiceExample());
		GenerationRun run = GENERATION.createGenerationRun();
		run.setId("run-1");
		run.setStartedAt(STARTED);
		run.setFinishedAt(STARTED.plusSeconds(42));
		run.setModelHash("sha256:4f2a");
		run.setStatus(RunStatus.IN_REVIEW);
		TemplateSetVersion templates = GENERATION.createTemplateSetVersion();
		templates.setName("security");
		templates.setVersion("1.0.0");
		run.getTemplateSets().add(templates);
		GenerationPhase phase = GENERATION.createGenerationPhase();
		phase.setKind(PhaseKind.GENERATE);
		phase.setStatus(PhaseStatus.PASSED);
		phase.setStartedAt(STARTED);
		run.getPhases().add(phase);
		GeneratedArtefact policy = GENERATION.createGeneratedArtefact();
		policy.setPath("security/rbac-policy.yaml");
		policy.setKind(ArtefactKind.SECURITY_POLICY);
		policy.setGenerator("security");
		policy.setContentHash("sha256:9c1d");
		policy.getSources().add(Fixtures.element(invoice, "security"));
		policy.getSources().add(Fixtures.element(invoice, "ap-clerk"));
		run.getArtefacts().add(policy);
		AssemblyQueue queueB = GENERATION.createAssemblyQueue();
		queueB.setKind(AssemblyQueueKind.B);
		queueB.getEntries().add(policy);
		run.getQueues().add(queueB);
		invoice.solution().getGenerationRuns().add(run);

		ReviewBoard security = Fixtures.element(invoice, "security-board");
		ReviewItem item = ReviewFactory.eINSTANCE.createReviewItem();
		item.setArtefact(policy);
		item.setDiff("+ role: ap-clerk\n");
		Decision decision = ReviewFactory.eINSTANCE.createDecision();
		decision.setOutcome(DecisionOutcome.CHANGES_REQUESTED);
		decision.setReviewer(security.getReviewers().get(0));
		decision.setDecidedAt(STARTED.plusSeconds(3600));
		decision.setComment("Treasurers must not see invoices.");
		item.getDecisions().add(decision);
		security.getItems().add(item);

		Path file = temp.resolve("with-run.pws");
		invoice.solution().eResource().setURI(URI.createFileURI(file.toString()));
		invoice.solution().eResource().save(null);
		String text = Files.readString(file);
		assertTrue(text.contains("startedAt=\"2026-11-21T10:15:30Z\""), "times are saved in UTC, ISO 8601");
		assertTrue(text.contains("decidedAt=\"2026-11-21T11:15:30Z\""), "times are saved in UTC, ISO 8601");
		assertTrue(text.contains("sources=\"security ap-clerk\""), "the trace names the source elements' ids");

		LoadedSolution reloaded = Fixtures.load(file);
		assertEquals(List.of(), reloaded.problems());
		GenerationRun readBack = reloaded.solution().getGenerationRuns().get(0);
		assertEquals(STARTED, readBack.getStartedAt());
		assertEquals("run-1.generated-artefact-1", readBack.getArtefacts().get(0).getId());
		assertEquals(readBack.getArtefacts().get(0), readBack.getQueues().get(0).getEntries().get(0));
		ReviewItem itemBack = Fixtures.<ReviewBoard>element(reloaded, "security-board").getItems().get(0);
		assertEquals(readBack.getArtefacts().get(0), itemBack.getArtefact());
		assertEquals(DecisionOutcome.CHANGES_REQUESTED, itemBack.getDecisions().get(0).getOutcome());
		assertEquals(List.of(), Fixtures.allFindings(reloaded));

		Path again = temp.resolve("again.pws");
		reloaded.solution().eResource().setURI(URI.createFileURI(again.toString()));
		reloaded.solution().eResource().save(null);
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
	}
}
