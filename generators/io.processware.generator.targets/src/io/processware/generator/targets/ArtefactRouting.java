package io.processware.generator.targets;

import java.util.List;
import java.util.Map;

import io.processware.model.generation.ArtefactKind;
import io.processware.model.generation.AssemblyQueueKind;
import io.processware.model.review.ArtefactRoute;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewBoardKind;
import io.processware.model.solution.Solution;

/**
 * Where a kind of generated artefact goes: the solution's own route when its model has one,
 * otherwise the product's default. Application code, tests, infrastructure, CI/CD and
 * documentation go straight to assembly queue A; security policies, FinOps controls, the data
 * catalog and legacy adapters go to their review board and, once approved, to queue B.
 */
public final class ArtefactRouting {

	/**
	 * @param boards the boards that must approve, in the solution's order; empty for queue A
	 * @param queue  the assembly queue the artefact joins (after approval, for queue B)
	 */
	public record Route(List<ReviewBoard> boards, AssemblyQueueKind queue) {

		public Route {
			boards = List.copyOf(boards);
		}
	}

	private static final Map<ArtefactKind, ReviewBoardKind> DEFAULT_BOARDS = Map.of(
			ArtefactKind.SECURITY_POLICY, ReviewBoardKind.SECURITY,
			ArtefactKind.FINOPS_BUDGET, ReviewBoardKind.FINOPS,
			ArtefactKind.DATA_CATALOG, ReviewBoardKind.DATA_GOVERNANCE,
			ArtefactKind.LEGACY_ADAPTER, ReviewBoardKind.LEGACY_INTEGRATION);

	private ArtefactRouting() {
	}

	/** @return the route of an artefact kind in a solution */
	public static Route routeOf(Solution solution, ArtefactKind kind) {
		for (ArtefactRoute route : solution.getArtefactRoutes()) {
			if (route.getArtefactKind() == kind) {
				return new Route(route.getBoards(), route.getQueue());
			}
		}
		ReviewBoardKind board = DEFAULT_BOARDS.get(kind);
		if (board == null) {
			return new Route(List.of(), AssemblyQueueKind.A);
		}
		return new Route(solution.getReviewBoards().stream().filter(candidate -> candidate.getKind() == board).toList(),
				AssemblyQueueKind.B);
	}

	/** @return the board kind that reviews an artefact kind by default; {@code null} when it goes to queue A */
	public static ReviewBoardKind defaultBoard(ArtefactKind kind) {
		return DEFAULT_BOARDS.get(kind);
	}
}
