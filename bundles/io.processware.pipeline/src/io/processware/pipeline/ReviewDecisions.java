package io.processware.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.processware.model.generation.GenerationPhase;
import io.processware.model.generation.PhaseKind;
import io.processware.model.generation.PhaseStatus;
import io.processware.model.generation.RunStatus;
import io.processware.model.review.Decision;
import io.processware.model.review.DecisionOutcome;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewFactory;
import io.processware.model.review.ReviewItem;
import io.processware.model.review.Reviewer;

/**
 * The rules of deciding a run's review items: only a reviewer of an item's board decides it; with
 * four-eyes review, nobody approves a run made from their own model change; business validation
 * comes after every board approved and the quality gate passed; a rejection anywhere sends the
 * whole run back as "refinement required".
 */
final class ReviewDecisions {

	private ReviewDecisions() {
	}

	/**
	 * Decides the items a reviewer is asked for: one item by id, or, given a run, every item still
	 * pending that the reviewer may decide now.
	 *
	 * @param runAuthor who changed the model the run came from (the run commit's author)
	 * @return the items decided
	 */
	static List<ReviewItem> decide(RunRecord record, String itemOrRun, String email, DecisionOutcome outcome,
			String comment, String runAuthor, Instant at) {
		checkOpen(record);
		List<ReviewItem> items;
		if (itemOrRun.equals(record.id())) {
			items = record.items().stream().filter(item -> RunRecord.outcome(item).isEmpty())
					.filter(item -> RunRecord.reviewer(RunRecord.boardOf(item), email).isPresent())
					.filter(item -> !RunRecord.isBusinessItem(item) || outcome != DecisionOutcome.APPROVED
							|| businessValidationReady(record).isEmpty())
					.toList();
			if (items.isEmpty()) {
				throw new PipelineException(nothingToDecide(record, email));
			}
		} else {
			ReviewItem item = record.item(itemOrRun).orElseThrow(() -> new PipelineException(
					"run " + record.id() + " has no review item " + itemOrRun + " (processware review list)"));
			items = List.of(item);
		}
		for (ReviewItem item : items) {
			decideOne(record, item, email, outcome, comment, runAuthor, at);
		}
		refreshStatus(record, at);
		return items;
	}

	private static void decideOne(RunRecord record, ReviewItem item, String email, DecisionOutcome outcome,
			String comment, String runAuthor, Instant at) {
		ReviewBoard board = RunRecord.boardOf(item);
		Reviewer reviewer = RunRecord.reviewer(board, email).orElseThrow(() -> new PipelineException(email
				+ " is not a reviewer of " + board.getName() + ", which decides " + item.getId() + " (its reviewers: "
				+ board.getReviewers().stream().map(Reviewer::getEmail).collect(Collectors.joining(", ")) + ")"));
		if (outcome == DecisionOutcome.APPROVED && record.solution().isFourEyesReview() && email.equalsIgnoreCase(runAuthor)) {
			throw new PipelineException("four-eyes review: " + email + " made the model change of run " + record.id()
					+ " and cannot approve it; another reviewer of " + board.getName() + " must");
		}
		if (RunRecord.outcome(item).isPresent()) {
			throw new PipelineException(item.getId() + " was already decided ("
					+ RunRecord.outcome(item).get().getLiteral().toLowerCase(java.util.Locale.ROOT) + ")");
		}
		if (RunRecord.isBusinessItem(item) && outcome == DecisionOutcome.APPROVED) {
			businessValidationReady(record).ifPresent(reason -> {
				throw new PipelineException("run " + record.id() + " is not ready for business validation: " + reason);
			});
		}
		if (outcome != DecisionOutcome.APPROVED && (comment == null || comment.isBlank())) {
			throw new PipelineException("a rejection needs a comment (--comment) saying what to refine");
		}
		Decision decision = ReviewFactory.eINSTANCE.createDecision();
		decision.setId(item.getId() + ".d" + (item.getDecisions().size() + 1));
		decision.setOutcome(outcome);
		decision.setReviewer(reviewer);
		decision.setDecidedAt(at);
		decision.setComment(comment == null || comment.isBlank() ? null : comment);
		item.getDecisions().add(decision);
	}

	private static void checkOpen(RunRecord record) {
		RunStatus status = record.run().getStatus();
		if (status == RunStatus.FAILED) {
			throw new PipelineException("run " + record.id() + " failed its QA checks and cannot be reviewed: fix the model "
					+ "or the templates and generate again");
		}
		if (status == RunStatus.REJECTED) {
			throw new PipelineException("run " + record.id() + " was sent back for refinement: change the model and "
					+ "generate a new run");
		}
		if (status == RunStatus.APPROVED) {
			throw new PipelineException("run " + record.id() + " is already approved");
		}
	}

	/** @return why business validation cannot start yet, empty when it can */
	static Optional<String> businessValidationReady(RunRecord record) {
		List<String> pending = new ArrayList<>();
		for (ReviewBoard board : record.boards()) {
			long open = board.getItems().stream().filter(item -> !RunRecord.isBusinessItem(item))
					.filter(item -> RunRecord.outcome(item).orElse(null) != DecisionOutcome.APPROVED).count();
			if (open > 0) {
				pending.add(board.getName() + " has " + open + " item(s) to approve");
			}
		}
		GenerationPhase gate = record.phase(PhaseKind.QUALITY_GATE).orElseThrow();
		if (gate.getStatus() == PhaseStatus.PENDING) {
			pending.add("the quality gate was not evaluated yet (processware verify)");
		} else if (gate.getStatus() == PhaseStatus.FAILED) {
			pending.add("the quality gate failed: " + gate.getMessage());
		}
		return pending.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", pending));
	}

	private static String nothingToDecide(RunRecord record, String email) {
		boolean reviewer = record.boards().stream().anyMatch(board -> RunRecord.reviewer(board, email).isPresent());
		if (!reviewer) {
			return email + " is not a reviewer of any board that reviews run " + record.id();
		}
		return "nothing for " + email + " to decide in run " + record.id()
				+ businessValidationReady(record).map(reason -> ": " + reason).orElse("");
	}

	/** Derives the run's status and the review phases from its items' decisions. */
	static void refreshStatus(RunRecord record, Instant at) {
		boolean rejected = record.items().stream()
				.anyMatch(item -> RunRecord.outcome(item).filter(outcome -> outcome != DecisionOutcome.APPROVED).isPresent());
		List<ReviewItem> boardItems = record.boardItems();
		boolean boardsApproved = boardItems.stream()
				.allMatch(item -> RunRecord.outcome(item).orElse(null) == DecisionOutcome.APPROVED);
		boolean boardRejected = boardItems.stream()
				.anyMatch(item -> RunRecord.outcome(item).filter(outcome -> outcome != DecisionOutcome.APPROVED).isPresent());
		if (!boardItems.isEmpty()) {
			set(record, PhaseKind.REVIEW, boardRejected ? PhaseStatus.FAILED : boardsApproved ? PhaseStatus.PASSED
					: PhaseStatus.PENDING, boardRejected ? "refinement required" : boardsApproved ? "every board approved"
							: "waiting for the boards", at);
			set(record, PhaseKind.ASSEMBLE, boardsApproved ? PhaseStatus.PASSED : PhaseStatus.PENDING,
					boardsApproved ? "queue B assembled" : "queue B waits for its boards", at);
		}
		Optional<DecisionOutcome> business = record.businessItem().flatMap(RunRecord::outcome);
		if (business.isPresent()) {
			set(record, PhaseKind.BUSINESS_APPROVAL,
					business.get() == DecisionOutcome.APPROVED ? PhaseStatus.PASSED : PhaseStatus.FAILED,
					business.get() == DecisionOutcome.APPROVED ? "approved" : "refinement required", at);
		}
		if (rejected) {
			record.run().setStatus(RunStatus.REJECTED);
		} else if (business.orElse(null) == DecisionOutcome.APPROVED
				|| record.businessItem().isEmpty() && boardsApproved && businessValidationReady(record).isEmpty()) {
			record.run().setStatus(RunStatus.APPROVED);
		}
	}

	static void set(RunRecord record, PhaseKind kind, PhaseStatus status, String message, Instant at) {
		GenerationPhase phase = record.phase(kind).orElseThrow();
		phase.setStatus(status);
		phase.setMessage(message);
		if (status != PhaseStatus.PENDING) {
			phase.setFinishedAt(at);
		}
	}
}
