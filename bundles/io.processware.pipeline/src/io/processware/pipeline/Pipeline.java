package io.processware.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import io.processware.generator.GenerationException;
import io.processware.generator.QaReport;
import io.processware.generator.Trace;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.GenerationTargets;
import io.processware.generator.targets.SolutionGeneration;
import io.processware.generator.targets.SolutionGenerationResult;
import io.processware.generator.targets.SolutionInput;
import io.processware.generator.targets.TargetOutcome;
import io.processware.model.generation.GeneratedArtefact;
import io.processware.model.generation.PhaseKind;
import io.processware.model.generation.PhaseStatus;
import io.processware.model.generation.RunStatus;
import io.processware.model.review.DecisionOutcome;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewItem;
import io.processware.model.solution.Solution;
import io.processware.versioning.ApprovedVersion;
import io.processware.versioning.FileChange;
import io.processware.versioning.RunCommit;
import io.processware.versioning.SolutionRepository;

/**
 * The generation pipeline of one solution's output repository: generate and commit a run, route
 * its artefacts to boards and queues, record decisions, evaluate quality gates, approve (tag) and
 * roll back. Every operation holds the output's {@link RunLock}; a generation run is marked in
 * progress until its commit and review record are written, so that the next run can undo what a
 * killed one left behind.
 */
public final class Pipeline {

	static final String IN_PROGRESS = ".processware/run-in-progress";

	private final Path output;
	private final Clock clock;

	private Pipeline(Path output, Clock clock) {
		this.output = output.toAbsolutePath().normalize();
		this.clock = clock;
	}

	/** @return the pipeline of a solution's output folder (its git repository is created on the first run) */
	public static Pipeline of(Path output) {
		return new Pipeline(output, Clock.systemUTC());
	}

	public Path output() {
		return output;
	}

	/** Who changed the model a run comes from: the run commit's author. */
	public record Author(String name, String email) {
	}

	/**
	 * Generates a run with every target, commits it on the generation branch and records it for review.
	 *
	 * @throws PipelineException when another run holds the output, or users edited generated files
	 *                           outside protected regions (nothing is written then)
	 * @throws GenerationException when a target fails (the working tree is put back as it was)
	 */
	public RunResult generate(SolutionInput input, List<? extends GenerationTarget> targets, Author author) {
		try (RunLock lock = RunLock.acquire(output); SolutionRepository repository = SolutionRepository.open(output)) {
			List<GenerationTarget> installed = List.copyOf(targets);
			String recovered = recoverInterruptedRun(repository, input.solution(), installed);
			List<String> edited = DirtyTree.editedOutsideRegions(output);
			if (!edited.isEmpty()) {
				throw new PipelineException(output + ": " + edited.size() + " generated file(s) were edited outside their "
						+ "protected regions: " + String.join(", ", edited) + "; move those edits into protected regions "
						+ "(or delete the files to regenerate them): nothing was written");
			}
			String runId = "r" + (repository.runs().size() + 1);
			Optional<String> backup = repository.backUpUncommittedChanges();
			markInProgress(runId, backup);
			Instant started = clock.instant();
			SolutionGenerationResult generation;
			try {
				generation = SolutionGeneration.of(installed).checkingTreeWith(GenerationTargets.installedTreeChecks()).generate(input, output);
			} catch (RuntimeException failed) {
				repository.restoreWorkingTree(backup);
				clearInProgress();
				throw failed;
			}
			RunCommit commit = repository.commitRun("Generation run " + runId + " of " + input.solution().getName(),
					summary(generation), runId, input.modelHash(), templateSets(installed), author.name(), author.email());
			List<QaReport> reports = generation.outcomes().stream().map(TargetOutcome::qa).toList();
			RunRecord record = recordRun(repository, input.solution(), installed, commit, started, reports);
			clearInProgress();
			return new RunResult(generation, commit, record, repository.currentApproved().orElse(null), recovered);
		}
	}

	private RunRecord recordRun(SolutionRepository repository, Solution model, List<GenerationTarget> targets,
			RunCommit commit, Instant started, List<QaReport> reports) {
		String approved = repository.currentApproved().map(ApprovedVersion::commit).orElse(null);
		List<FileChange> changes = repository.diff(approved, commit.commit());
		RunRecord record = RunRecorder.record(model, commit.runId(), commit.modelHash(), started, clock.instant(), targets,
				Trace.read(output), changes, reports);
		record.phase(PhaseKind.COMMIT).orElseThrow().setMessage("commit " + commit.shortCommit() + " on "
				+ SolutionRepository.GENERATION_BRANCH);
		repository.writeNote(commit.commit(), record.toText());
		return record;
	}

	/**
	 * A run killed before its commit left a half-written working tree: put it back to the last
	 * commit and re-apply the users' uncommitted changes saved before it started. A run killed
	 * after its commit but before its review record gets its record now.
	 */
	private String recoverInterruptedRun(SolutionRepository repository, Solution model, List<GenerationTarget> targets) {
		Path marker = output.resolve(IN_PROGRESS);
		if (!Files.exists(marker)) {
			return "";
		}
		Properties interrupted = new Properties();
		try {
			interrupted.load(Files.newBufferedReader(marker, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new PipelineException(marker + ": cannot read the interrupted run's marker: " + e.getMessage(), e);
		}
		String runId = interrupted.getProperty("run", "?");
		List<String> locks = repository.removeStaleGitLocks();
		Optional<RunCommit> committed = repository.head().filter(head -> head.runId().equals(runId));
		String what;
		if (committed.isPresent()) {
			if (repository.readNote(committed.get().commit()).isEmpty()) {
				List<QaReport> reports = targets.stream()
						.map(target -> target.validate(output, SolutionGeneration.filesOf(Trace.read(output), target))).toList();
				recordRun(repository, model, targets, committed.get(), committed.get().time(), reports);
			}
			what = "run " + runId + " was interrupted after its commit; its review record is complete";
		} else {
			repository.restoreWorkingTree(Optional.ofNullable(interrupted.getProperty("backup")));
			deleteRenderCaches();
			what = "run " + runId + " was interrupted before its commit; the output was put back to the last run";
		}
		clearInProgress();
		return what + (locks.isEmpty() ? "" : " (stale git locks removed: " + String.join(", ", locks) + ")");
	}

	/** Render caches may describe files of the interrupted run; the engine rebuilds them. */
	private void deleteRenderCaches() {
		try (Stream<Path> files = Files.list(output.resolve(".processware"))) {
			for (Path file : files.filter(path -> path.getFileName().toString().startsWith("render-cache-")).toList()) {
				Files.delete(file);
			}
		} catch (IOException e) {
			throw new PipelineException(output + ": cannot delete the render caches: " + e.getMessage(), e);
		}
	}

	private void markInProgress(String runId, Optional<String> backup) {
		Properties marker = new Properties();
		marker.setProperty("run", runId);
		marker.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		backup.ifPresent(commit -> marker.setProperty("backup", commit));
		Path file = output.resolve(IN_PROGRESS);
		Path temporary = output.resolve(IN_PROGRESS + ".tmp");
		try {
			Files.createDirectories(file.getParent());
			try (var writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				marker.store(writer, "a generation run in progress: removed when its commit and review record are written");
			}
			Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new PipelineException(file + ": cannot mark the run in progress: " + e.getMessage(), e);
		}
	}

	private void clearInProgress() {
		try {
			Files.deleteIfExists(output.resolve(IN_PROGRESS));
		} catch (IOException e) {
			throw new PipelineException(output + ": cannot clear the run-in-progress marker: " + e.getMessage(), e);
		}
	}

	private static String summary(SolutionGenerationResult generation) {
		StringBuilder body = new StringBuilder();
		for (TargetOutcome outcome : generation.outcomes()) {
			body.append(outcome.target().name()).append(": ").append(outcome.result().written().size()).append(" written, ")
					.append(outcome.result().removed().size()).append(" removed; QA ")
					.append(outcome.qa().passed() ? "passed" : "failed").append('\n');
		}
		return body.toString();
	}

	private static List<String> templateSets(List<GenerationTarget> targets) {
		return targets.stream().map(target -> target.name() + " " + target.templates().version()).toList();
	}

	/** @return the runs, newest first, each with its review record (empty for a run without one) */
	public List<RunView> runs() {
		try (SolutionRepository repository = SolutionRepository.open(output)) {
			List<RunView> runs = new ArrayList<>();
			List<ApprovedVersion> versions = repository.approvedVersions();
			for (RunCommit commit : repository.runs()) {
				Optional<RunRecord> record = repository.readNote(commit.commit()).map(text -> RunRecord.parse(text,
						output + " run " + commit.runId()));
				Optional<ApprovedVersion> version = versions.stream().filter(v -> v.commit().equals(commit.commit())).findFirst();
				runs.add(new RunView(commit, record.orElse(null), version.orElse(null)));
			}
			return runs;
		}
	}

	/** A run with its review record and the approved version it became, if it did. */
	public record RunView(RunCommit commit, RunRecord record, ApprovedVersion version) {

		/** @return the run's status; a run without a record was interrupted and is shown as running */
		public RunStatus status() {
			return record == null ? RunStatus.RUNNING : record.run().getStatus();
		}
	}

	/** @return the run's view; the newest run for {@code null} */
	public RunView run(String runId) {
		List<RunView> runs = runs();
		if (runs.isEmpty()) {
			throw new PipelineException(output + ": no generation run yet (processware generate)");
		}
		if (runId == null) {
			return runs.get(0);
		}
		return runs.stream().filter(run -> run.commit().runId().equals(runId) || run.commit().commit().startsWith(runId))
				.findFirst().orElseThrow(() -> new PipelineException(output + ": no run " + runId + " (processware runs)"));
	}

	/** @return the current approved version, empty before the first approval */
	public Optional<ApprovedVersion> currentApproved() {
		try (SolutionRepository repository = SolutionRepository.open(output)) {
			return repository.currentApproved();
		}
	}

	/** What a decision did: the items decided, the run's new status and the version it became. */
	public record DecisionResult(RunRecord record, List<ReviewItem> decided, ApprovedVersion approved) {
	}

	/**
	 * Records a reviewer's decision on an item (or on everything they may decide in a run); a
	 * business approval that completes the run tags it as the next approved version.
	 *
	 * @param itemOrRun an item id ({@code r2.security-board.1}) or a run id ({@code r2})
	 */
	public DecisionResult decide(String itemOrRun, String email, DecisionOutcome outcome, String comment) {
		try (RunLock lock = RunLock.acquire(output); SolutionRepository repository = SolutionRepository.open(output)) {
			String runId = itemOrRun.contains(".") ? itemOrRun.substring(0, itemOrRun.indexOf('.')) : itemOrRun;
			RunCommit commit = repository.run(runId)
					.orElseThrow(() -> new PipelineException(output + ": no run " + runId + " (processware runs)"));
			RunCommit head = repository.head().orElseThrow();
			RunRecord record = load(repository, commit);
			if (!head.commit().equals(commit.commit()) && record.run().getStatus() == RunStatus.IN_REVIEW) {
				throw new PipelineException("run " + runId + " was superseded by run " + head.runId() + ": review that one");
			}
			Instant now = clock.instant();
			List<ReviewItem> decided = ReviewDecisions.decide(record, itemOrRun, email, outcome, comment, commit.authorEmail(),
					now);
			ApprovedVersion approved = null;
			if (record.run().getStatus() == RunStatus.APPROVED) {
				ReviewItem business = record.businessItem().orElse(null);
				String approver = business == null ? email : RunRecord.latestDecision(business).orElseThrow().getReviewer().getName();
				approved = repository.approve(commit, "Run " + runId + " approved by " + approver + " <" + email + "> at " + now,
						approver, email);
				record.phase(PhaseKind.BUSINESS_APPROVAL).orElseThrow().setMessage("approved as " + approved.label());
			}
			repository.writeNote(commit.commit(), record.toText());
			return new DecisionResult(record, decided, approved);
		}
	}

	/**
	 * Evaluates the solution's quality gates for the newest run on a folder holding its output, and
	 * records every criterion's score in the run's record.
	 */
	public List<GateResult> evaluateGates(Solution model, QualityGateEvaluation evaluation) {
		try (RunLock lock = RunLock.acquire(output); SolutionRepository repository = SolutionRepository.open(output)) {
			RunCommit head = repository.head()
					.orElseThrow(() -> new PipelineException(output + ": no generation run yet (processware generate)"));
			RunRecord record = load(repository, head);
			List<GateResult> results = model.getQualityGates().stream().map(evaluation::evaluate).toList();
			if (record.run().getStatus() == RunStatus.IN_REVIEW && !results.isEmpty()) {
				GateRecords.record(record, results, clock.instant());
				ReviewDecisions.refreshStatus(record, clock.instant());
				repository.writeNote(head.commit(), record.toText());
			}
			return results;
		}
	}

	/**
	 * Restores an approved version as a new run: a commit whose tree is that version's, tagged as
	 * the next approved version (it passed review when it was approved). History is not rewritten.
	 */
	public ApprovedVersion rollback(String version, Solution model, List<? extends GenerationTarget> targets, Author by) {
		try (RunLock lock = RunLock.acquire(output); SolutionRepository repository = SolutionRepository.open(output)) {
			if (Files.exists(output.resolve(IN_PROGRESS))) {
				throw new PipelineException(output + ": a run was interrupted; generate once to recover before rolling back");
			}
			if (!mayValidate(model, by.email())) {
				throw new PipelineException(by.email() + " may not roll back: only the business board's reviewers and the "
						+ "quality gates' approvers validate versions");
			}
			ApprovedVersion target = repository.approvedVersion(version).orElseThrow(() -> new PipelineException(
					output + ": no approved version " + version + " (processware runs lists them)"));
			if (repository.hasUncommittedChanges()) {
				throw new PipelineException(output + ": the output has uncommitted changes; a rollback would lose them");
			}
			String runId = "r" + (repository.runs().size() + 1);
			repository.checkOutTreeOf(target.commit());
			RunCommit source = repository.run(target.runId()).orElseThrow();
			RunCommit commit = repository.commitRun("Rollback to " + target.label() + " (run " + target.runId() + ")",
					"Restores the tree of approved version " + target.label() + " as a new run.", runId, source.modelHash(),
					source.templateSets(), by.name(), by.email());
			Instant now = clock.instant();
			RunRecord record = RunRecorder.record(model, runId, source.modelHash(), now, now, List.copyOf(targets),
					Trace.read(output), repository.diff(repository.currentApproved().map(ApprovedVersion::commit).orElse(null),
							commit.commit()), List.of());
			record.run().setDescription("rollback to " + target.label());
			record.boards().forEach(board -> board.getItems().clear());
			record.boards().clear();
			record.run().setStatus(RunStatus.APPROVED);
			record.run().getPhases().forEach(phase -> {
				phase.setStatus(phase.getKind() == PhaseKind.COMMIT ? PhaseStatus.PASSED : PhaseStatus.SKIPPED);
				phase.setMessage(phase.getKind() == PhaseKind.COMMIT ? "rollback to " + target.label() + ", commit "
						+ commit.shortCommit() : "restored an approved version");
			});
			ApprovedVersion approved = repository.approve(commit, "Rollback to " + target.label() + " by " + by.name() + " <"
					+ by.email() + "> at " + now, by.name(), by.email());
			repository.writeNote(commit.commit(), record.toText());
			return approved;
		}
	}

	/** @return whether someone may validate versions: a business board's reviewer or a quality gate's approver */
	static boolean mayValidate(Solution model, String email) {
		boolean business = model.getReviewBoards().stream()
				.filter(board -> board.getKind() == io.processware.model.review.ReviewBoardKind.BUSINESS)
				.flatMap(board -> board.getReviewers().stream()).anyMatch(reviewer -> email.equalsIgnoreCase(reviewer.getEmail()));
		return business || model.getQualityGates().stream().flatMap(gate -> gate.getApprovers().stream())
				.anyMatch(reviewer -> email.equalsIgnoreCase(reviewer.getEmail()));
	}

	/** The file changes between two runs (or approved versions), grouped by the board that reviews them. */
	public Map<String, List<FileChange>> diffByBoard(String from, String to, Solution model,
			List<? extends GenerationTarget> targets) {
		try (SolutionRepository repository = SolutionRepository.open(output)) {
			String fromCommit = resolve(repository, from);
			String toCommit = resolve(repository, to);
			Trace trace = Trace.read(output);
			Map<String, List<FileChange>> grouped = new LinkedHashMap<>();
			for (FileChange change : repository.diff(fromCommit, toCommit)) {
				grouped.computeIfAbsent(BoardOfFile.of(change.path(), trace, model, targets), board -> new ArrayList<>())
						.add(change);
			}
			return grouped;
		}
	}

	private String resolve(SolutionRepository repository, String name) {
		Optional<ApprovedVersion> version = name.startsWith("v") || name.startsWith("approved/")
				? repository.approvedVersion(name) : Optional.empty();
		if (version.isPresent()) {
			return version.get().commit();
		}
		return repository.run(name).map(RunCommit::commit)
				.orElseThrow(() -> new PipelineException(output + ": no run or approved version " + name + " (processware runs)"));
	}

	private RunRecord load(SolutionRepository repository, RunCommit commit) {
		String text = repository.readNote(commit.commit()).orElseThrow(() -> new PipelineException(output + ": run "
				+ commit.runId() + " has no review record: it was interrupted; generate once to recover"));
		return RunRecord.parse(text, output + " run " + commit.runId());
	}

	/** @return the review items of a run with their board and decision state, for listings */
	public static List<ReviewItem> pending(RunRecord record) {
		return record.items().stream().filter(item -> RunRecord.outcome(item).isEmpty()).toList();
	}

	/** @return the items a rejection sent back, with their model elements (from the artefacts' trace) */
	public static List<Refinement> refinements(RunRecord record) {
		List<Refinement> refinements = new ArrayList<>();
		for (ReviewItem item : record.items()) {
			RunRecord.latestDecision(item).filter(decision -> decision.getOutcome() != DecisionOutcome.APPROVED)
					.ifPresent(decision -> {
						GeneratedArtefact artefact = item.getArtefact();
						String description = artefact.getDescription();
						List<String> elements = description != null && description.startsWith(RunRecorder.SOURCES_PREFIX)
								? List.of(description.substring(RunRecorder.SOURCES_PREFIX.length()).split(",\\s*"))
								: List.of();
						ReviewBoard board = RunRecord.boardOf(item);
						refinements.add(new Refinement(item.getId(), board.getName(), artefact.getPath(), elements,
								decision.getReviewer().getEmail(), decision.getComment()));
					});
		}
		return refinements;
	}

	/** A rejected item: the comment goes to the model elements its artefact was generated from. */
	public record Refinement(String item, String board, String artefact, List<String> elements, String reviewer,
			String comment) {
	}
}
