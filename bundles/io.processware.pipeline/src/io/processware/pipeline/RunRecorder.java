package io.processware.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.processware.generator.QaReport;
import io.processware.generator.Trace;
import io.processware.generator.TraceEntry;
import io.processware.generator.targets.ArtefactRouting;
import io.processware.generator.targets.GenerationTarget;
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
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewBoardKind;
import io.processware.model.review.ReviewFactory;
import io.processware.model.review.ReviewItem;
import io.processware.model.review.Reviewer;
import io.processware.model.solution.QualityGate;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;
import io.processware.versioning.FileChange;

/**
 * Builds the review record of a run that has just been committed: the files it changed against the
 * current approved version become its artefacts, routed (by the kind of the target that owns them)
 * to assembly queue A or, through review items on their boards, to queue B; business validation
 * waits for all boards and the quality gate.
 */
final class RunRecorder {

	/** Longest diff kept in a review item; the whole diff is always in git ({@code processware diff}). */
	private static final int MAX_DIFF_CHARS = 4_000;
	/** A prefix of artefacts' descriptions listing the model elements they came from. */
	static final String SOURCES_PREFIX = "sources: ";

	private RunRecorder() {
	}

	/**
	 * @param model     the analyst's solution model
	 * @param targets   the targets that ran (their kinds route the files they own)
	 * @param trace     the output's trace after the run
	 * @param changes   the files changed against the current approved version
	 * @param qaReports the validators' reports
	 */
	static RunRecord record(Solution model, String runId, String modelHash, Instant started, Instant finished,
			List<GenerationTarget> targets, Trace trace, List<FileChange> changes, List<QaReport> qaReports) {
		Solution root = SolutionFactory.eINSTANCE.createSolution();
		root.setId(model.getId());
		root.setName(model.getName());
		root.setVersion(model.getVersion());
		root.setOwner(model.getOwner());
		root.setFourEyesReview(model.isFourEyesReview());
		GenerationRun run = GenerationFactory.eINSTANCE.createGenerationRun();
		run.setId(runId);
		run.setStartedAt(started);
		run.setFinishedAt(finished);
		run.setModelHash(modelHash);
		root.getGenerationRuns().add(run);
		for (GenerationTarget target : targets) {
			TemplateSetVersion set = GenerationFactory.eINSTANCE.createTemplateSetVersion();
			set.setId(runId + ".set." + target.name());
			set.setName(target.name());
			set.setVersion(target.templates().version());
			run.getTemplateSets().add(set);
		}
		boolean qaPassed = qaReports.stream().allMatch(QaReport::passed);
		phase(run, PhaseKind.VALIDATE, PhaseStatus.PASSED, "model valid", started);
		phase(run, PhaseKind.GENERATE, PhaseStatus.PASSED, changes.size() + " file(s) changed against the approved version",
				started);
		phase(run, PhaseKind.QA_CHECK, qaPassed ? PhaseStatus.PASSED : PhaseStatus.FAILED, qaSummary(qaReports), finished);

		Map<String, AssemblyQueue> queues = new LinkedHashMap<>();
		for (AssemblyQueueKind kind : AssemblyQueueKind.values()) {
			AssemblyQueue queue = GenerationFactory.eINSTANCE.createAssemblyQueue();
			queue.setId(runId + ".queue-" + kind.getLiteral().toLowerCase(java.util.Locale.ROOT));
			queue.setKind(kind);
			run.getQueues().add(queue);
			queues.put(kind.getLiteral(), queue);
		}
		Map<String, ReviewBoard> snapshots = new LinkedHashMap<>();
		int number = 0;
		for (FileChange change : changes) {
			if (change.path().startsWith(".processware/")) {
				continue; // the engine's bookkeeping, reviewed through the files it describes
			}
			TraceEntry entry = trace.entry(change.path());
			GenerationTarget owner = entry == null ? null
					: targets.stream().filter(target -> target.name().equals(entry.templateSet())).findFirst().orElse(null);
			ArtefactKind kind = owner == null ? ArtefactKind.APPLICATION_CODE : owner.artefactKind();
			GeneratedArtefact artefact = GenerationFactory.eINSTANCE.createGeneratedArtefact();
			artefact.setId(runId + ".f" + ++number);
			artefact.setPath(change.path());
			artefact.setKind(kind);
			artefact.setGenerator(entry == null ? "(removed)" : entry.templateSet());
			artefact.setContentHash(entry == null ? "" : entry.contentHash());
			if (entry != null && !entry.elements().isEmpty()) {
				artefact.setDescription(SOURCES_PREFIX + String.join(", ", entry.elements()));
			}
			run.getArtefacts().add(artefact);
			ArtefactRouting.Route route = ArtefactRouting.routeOf(model, kind);
			queues.get(route.queue().getLiteral()).getEntries().add(artefact);
			for (ReviewBoard board : route.boards()) {
				ReviewBoard snapshot = snapshots.computeIfAbsent(board.getId(), id -> snapshot(board, List.of()));
				ReviewItem item = ReviewFactory.eINSTANCE.createReviewItem();
				item.setId(runId + "." + board.getId() + "." + (snapshot.getItems().size() + 1));
				item.setArtefact(artefact);
				item.setDiff(shortened(change.patch()));
				snapshot.getItems().add(item);
			}
		}
		root.getReviewBoards().addAll(snapshots.values());
		addBusinessValidation(model, root, run);
		phase(run, PhaseKind.REVIEW, snapshots.isEmpty() ? PhaseStatus.SKIPPED : PhaseStatus.PENDING,
				snapshots.isEmpty() ? "no artefact needs a board" : snapshots.size() + " board(s) to decide", finished);
		phase(run, PhaseKind.ASSEMBLE, snapshots.isEmpty() ? PhaseStatus.PASSED : PhaseStatus.PENDING,
				queues.get("A").getEntries().size() + " artefact(s) in queue A, " + queues.get("B").getEntries().size()
						+ " in queue B",
				finished);
		phase(run, PhaseKind.QUALITY_GATE, model.getQualityGates().isEmpty() ? PhaseStatus.SKIPPED : PhaseStatus.PENDING,
				model.getQualityGates().isEmpty() ? "the solution has no quality gate" : "not evaluated yet (processware verify)",
				finished);
		phase(run, PhaseKind.BUSINESS_APPROVAL, PhaseStatus.PENDING, "waiting for the boards and the quality gate", finished);
		phase(run, PhaseKind.COMMIT, PhaseStatus.PASSED, "", finished);
		RunRecord record = new RunRecord(root);
		run.setStatus(qaPassed ? RunStatus.IN_REVIEW : RunStatus.FAILED);
		return record;
	}

	/**
	 * Business validation: one item for the assembled solution on the business board, decided by
	 * its reviewers and the quality gates' approvers.
	 */
	private static void addBusinessValidation(Solution model, Solution root, GenerationRun run) {
		List<Reviewer> approvers = new ArrayList<>();
		ReviewBoard business = model.getReviewBoards().stream().filter(board -> board.getKind() == ReviewBoardKind.BUSINESS)
				.findFirst().orElse(null);
		for (QualityGate gate : model.getQualityGates()) {
			approvers.addAll(gate.getApprovers());
		}
		if (business == null && approvers.isEmpty()) {
			return;
		}
		ReviewBoard snapshot = root.getReviewBoards().stream()
				.filter(board -> business != null && board.getId().equals(business.getId())).findFirst().orElse(null);
		if (snapshot == null) {
			snapshot = business != null ? snapshot(business, approvers) : snapshotOfApprovers(model, approvers);
			root.getReviewBoards().add(snapshot);
		} else {
			addReviewers(snapshot, approvers);
		}
		GeneratedArtefact solution = GenerationFactory.eINSTANCE.createGeneratedArtefact();
		solution.setId(run.getId() + ".solution");
		solution.setPath(".");
		solution.setGenerator("assembly");
		solution.setDescription("the assembled solution: every artefact of the run");
		run.getArtefacts().add(solution);
		ReviewItem item = ReviewFactory.eINSTANCE.createReviewItem();
		item.setId(run.getId() + "." + RunRecord.BUSINESS_ITEM);
		item.setArtefact(solution);
		snapshot.getItems().add(item);
	}

	private static ReviewBoard snapshotOfApprovers(Solution model, List<Reviewer> approvers) {
		ReviewBoard board = ReviewFactory.eINSTANCE.createReviewBoard();
		board.setId(model.getId() + ".business-validation");
		board.setName("Business validation");
		board.setKind(ReviewBoardKind.BUSINESS);
		addReviewers(board, approvers);
		return board;
	}

	/** A copy of a board and its reviewers (not its items): who may decide is fixed when the run is made. */
	private static ReviewBoard snapshot(ReviewBoard board, List<Reviewer> extraReviewers) {
		ReviewBoard copy = ReviewFactory.eINSTANCE.createReviewBoard();
		copy.setId(board.getId());
		copy.setName(board.getName());
		copy.setKind(board.getKind());
		addReviewers(copy, board.getReviewers());
		addReviewers(copy, extraReviewers);
		return copy;
	}

	private static void addReviewers(ReviewBoard board, List<Reviewer> reviewers) {
		for (Reviewer reviewer : reviewers) {
			if (board.getReviewers().stream().noneMatch(present -> present.getId().equals(reviewer.getId()))) {
				board.getReviewers().add(EcoreUtil.copy(reviewer));
			}
		}
	}

	static GenerationPhase phase(GenerationRun run, PhaseKind kind, PhaseStatus status, String message, Instant at) {
		GenerationPhase phase = GenerationFactory.eINSTANCE.createGenerationPhase();
		phase.setId(run.getId() + ".phase." + kind.getLiteral().toLowerCase(java.util.Locale.ROOT));
		phase.setKind(kind);
		phase.setStatus(status);
		phase.setStartedAt(at);
		phase.setFinishedAt(status == PhaseStatus.PENDING ? null : at);
		phase.setMessage(message);
		run.getPhases().add(phase);
		return phase;
	}

	private static String qaSummary(List<QaReport> reports) {
		List<String> parts = new ArrayList<>();
		for (QaReport report : reports) {
			parts.add(report.validator() + (report.passed() ? " passed" : " failed (" + report.findings().size() + ")"));
		}
		return String.join(", ", parts);
	}

	private static String shortened(String patch) {
		if (patch.length() <= MAX_DIFF_CHARS) {
			return patch;
		}
		long more = patch.substring(MAX_DIFF_CHARS).lines().count();
		return patch.substring(0, MAX_DIFF_CHARS) + "\n... (" + more + " more line(s): processware diff)\n";
	}
}
