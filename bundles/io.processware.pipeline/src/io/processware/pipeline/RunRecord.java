package io.processware.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import io.processware.model.generation.GeneratedArtefact;
import io.processware.model.generation.GenerationPhase;
import io.processware.model.generation.GenerationRun;
import io.processware.model.generation.PhaseKind;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.review.Decision;
import io.processware.model.review.DecisionOutcome;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewItem;
import io.processware.model.review.Reviewer;
import io.processware.model.solution.Solution;

/**
 * The review state of one generation run, in the model's own terms: a {@code .pws} document whose
 * solution holds the {@link GenerationRun} (artefacts, queues, phases) and the review boards that
 * review it (a snapshot of their reviewers, the run's review items and their decisions). It is kept
 * as the git note of the run's commit, so the analyst's model file is never rewritten by a run and a
 * clone of the output repository carries every decision.
 */
public final class RunRecord {

	/** The id of the item that stands for the assembled solution in business validation. */
	static final String BUSINESS_ITEM = "business";

	private final Solution root;

	RunRecord(Solution root) {
		this.root = root;
	}

	/** @return the record of a run read back from its note */
	public static RunRecord parse(String text, String where) {
		Resource resource = SolutionResources.newResourceSet().createResource(URI.createURI("run-record.pws"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException | RuntimeException e) {
			throw new PipelineException(where + ": the run's review record cannot be read: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Solution solution)
				|| solution.getGenerationRuns().size() != 1) {
			throw new PipelineException(where + ": the note is not a run's review record");
		}
		return new RunRecord(solution);
	}

	/** @return the record as a {@code .pws} document */
	public String toText() {
		Resource resource = root.eResource();
		if (resource == null) {
			resource = SolutionResources.newResourceSet().createResource(URI.createURI("run-record.pws"));
			resource.getContents().add(root);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, null);
		} catch (IOException e) {
			throw new PipelineException("cannot write the review record of run " + run().getId() + ": " + e.getMessage(), e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** @return the record's solution: name and four-eyes setting of the model the run came from */
	public Solution solution() {
		return root;
	}

	public GenerationRun run() {
		return root.getGenerationRuns().get(0);
	}

	public String id() {
		return run().getId();
	}

	/** @return the boards reviewing this run, business board included */
	public List<ReviewBoard> boards() {
		return root.getReviewBoards();
	}

	/** @return every review item, board by board */
	public List<ReviewItem> items() {
		return root.getReviewBoards().stream().flatMap(board -> board.getItems().stream()).toList();
	}

	/** @return the business-validation item, empty when the solution has no one to validate */
	public Optional<ReviewItem> businessItem() {
		return items().stream().filter(RunRecord::isBusinessItem).findFirst();
	}

	/** @return the items of the artefact boards (all but business validation) */
	public List<ReviewItem> boardItems() {
		return items().stream().filter(item -> !isBusinessItem(item)).toList();
	}

	static boolean isBusinessItem(ReviewItem item) {
		return item.getId().endsWith("." + BUSINESS_ITEM);
	}

	/** @return the item with this id, or the run's item of this number (r3.security-board.2) */
	public Optional<ReviewItem> item(String id) {
		return items().stream().filter(item -> item.getId().equals(id)).findFirst();
	}

	public static ReviewBoard boardOf(ReviewItem item) {
		return (ReviewBoard) item.eContainer();
	}

	/** @return the item's latest decision, empty while pending */
	public static Optional<Decision> latestDecision(ReviewItem item) {
		List<Decision> decisions = item.getDecisions();
		return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
	}

	/** @return approved, rejected, changes requested, or empty while pending */
	public static Optional<DecisionOutcome> outcome(ReviewItem item) {
		return latestDecision(item).map(Decision::getOutcome);
	}

	/** @return the reviewer of the snapshot board with this e-mail */
	public static Optional<Reviewer> reviewer(ReviewBoard board, String email) {
		return board.getReviewers().stream().filter(reviewer -> email.equalsIgnoreCase(reviewer.getEmail())).findFirst();
	}

	/** @return the phase of this kind (the first; quality-gate criteria have one each) */
	public Optional<GenerationPhase> phase(PhaseKind kind) {
		return run().getPhases().stream().filter(phase -> phase.getKind() == kind).findFirst();
	}

	/** @return the artefacts of the run: the files it changed against the last approved version */
	public List<GeneratedArtefact> artefacts() {
		return run().getArtefacts();
	}
}
