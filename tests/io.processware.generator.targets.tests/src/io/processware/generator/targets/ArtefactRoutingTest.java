package io.processware.generator.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.processware.model.generation.ArtefactKind;
import io.processware.model.generation.AssemblyQueueKind;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewBoardKind;
import io.processware.model.review.ReviewFactory;
import io.processware.model.solution.Solution;

class ArtefactRoutingTest {

	@Test
	void theSolutionsOwnRoutesComeFirst() throws Exception {
		Path example = Path.of(System.getProperty("processware.repository"),
				"examples/invoice-processing/invoice-processing.pws");
		Solution invoice = SolutionResources.load(SolutionResources.newResourceSet(), example).solution();

		ArtefactRouting.Route legacy = ArtefactRouting.routeOf(invoice, ArtefactKind.LEGACY_ADAPTER);

		assertEquals(List.of("legacy-board", "security-board"), legacy.boards().stream().map(ReviewBoard::getId).toList());
		assertEquals(AssemblyQueueKind.B, legacy.queue());
	}

	@Test
	void withoutARouteGovernanceArtefactsGoToTheirBoardAndCodeToQueueA() {
		Solution solution = SolutionGenerationTest.shop("invoice");
		ReviewBoard finops = ReviewFactory.eINSTANCE.createReviewBoard();
		finops.setId("finops");
		finops.setKind(ReviewBoardKind.FINOPS);
		solution.getReviewBoards().add(finops);

		assertEquals(new ArtefactRouting.Route(List.of(finops), AssemblyQueueKind.B),
				ArtefactRouting.routeOf(solution, ArtefactKind.FINOPS_BUDGET));
		assertEquals(new ArtefactRouting.Route(List.of(), AssemblyQueueKind.B),
				ArtefactRouting.routeOf(solution, ArtefactKind.SECURITY_POLICY), "no security board: nobody can approve yet");
		assertEquals(new ArtefactRouting.Route(List.of(), AssemblyQueueKind.A),
				ArtefactRouting.routeOf(solution, ArtefactKind.INFRASTRUCTURE));
		assertNull(ArtefactRouting.defaultBoard(ArtefactKind.CI_CD));
	}
}
