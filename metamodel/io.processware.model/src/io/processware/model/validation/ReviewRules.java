package io.processware.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.generation.AssemblyQueueKind;
import io.processware.model.review.ArtefactRoute;
import io.processware.model.review.ReviewBoard;
import io.processware.model.solution.Solution;

/**
 * Review routing works: a board that artefacts are routed to has someone to review them, and
 * artefacts headed for assembly queue B (after review) name the boards that review them.
 */
final class ReviewRules implements RuleGroup {

	@Override
	public void check(EObject element, Findings findings) {
		if (element instanceof ReviewBoard board && board.getReviewers().isEmpty()
				&& board.eContainer() instanceof Solution solution) {
			List<String> kinds = solution.getArtefactRoutes().stream().filter(route -> route.getBoards().contains(board))
					.map(route -> String.valueOf(route.getArtefactKind())).distinct().toList();
			if (!kinds.isEmpty()) {
				findings.report(Rule.REVIEW_BOARD_REVIEWERS, board, board.getName(), String.join(", ", kinds));
			}
		} else if (element instanceof ArtefactRoute route && route.getQueue() == AssemblyQueueKind.B
				&& route.getBoards().isEmpty()) {
			findings.report(Rule.REVIEW_ROUTE_BOARDS, route, route.getArtefactKind());
		}
	}
}
