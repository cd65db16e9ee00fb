package io.processware.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.GenerationTargets;
import io.processware.generator.targets.SolutionGeneration;
import io.processware.generator.targets.SolutionGenerationResult;
import io.processware.generator.targets.SolutionInput;
import io.processware.generator.targets.TargetOutcome;
import io.processware.model.review.DecisionOutcome;
import io.processware.model.review.ReviewBoard;
import io.processware.versioning.ApprovedVersion;
import io.processware.versioning.RunCommit;
import io.processware.versioning.SolutionRepository;

/**
 * What {@code processware verify} checks in a user's CI: the model regenerated into a temporary
 * folder matches the committed output (no drift), every validator passes, every quality gate
 * passes on the regenerated output, and every board approved the artefacts the newest run changed.
 * Gate scores are recorded in the newest run's review record when that run is pending and did not drift.
 */
public final class Verification {

	private final Pipeline pipeline;
	private final Set<GateMetric> metrics;
	private final List<String> maven;

	/**
	 * @param metrics the quality metrics to evaluate (building and testing the service is slow); others are skipped
	 * @param maven   the Maven command for the build and test metrics
	 */
	public Verification(Pipeline pipeline, Set<GateMetric> metrics, List<String> maven) {
		this.pipeline = pipeline;
		this.metrics = Set.copyOf(metrics);
		this.maven = List.copyOf(maven);
	}

	public void verify(SolutionInput input, List<? extends GenerationTarget> targets, VerificationReport report) {
		Path output = pipeline.output();
		if (!SolutionRepository.exists(output)) {
			report.fail("drift", "committed output", output + " is not a generated solution repository: run processware generate");
			return;
		}
		RunCommit head;
		Optional<ApprovedVersion> approved;
		java.util.SortedMap<String, byte[]> committed;
		try (SolutionRepository repository = SolutionRepository.open(output)) {
			Optional<RunCommit> last = repository.head();
			if (last.isEmpty()) {
				report.fail("drift", "committed output", output + " has no generation run: run processware generate");
				return;
			}
			head = last.get();
			approved = repository.currentApproved();
			committed = repository.files(head.commit());
		}
		Path temporary = temporaryFolder();
		try {
			SolutionGenerationResult generated = SolutionGeneration.of(targets)
					.checkingTreeWith(GenerationTargets.installedTreeChecks()).generate(input, temporary);
			List<OutputDrift.Drifted> drifted = OutputDrift.between(temporary, committed);
			if (drifted.isEmpty()) {
				report.pass("drift", "committed output of run " + head.runId());
			} else {
				report.fail("drift", "committed output of run " + head.runId(), drifted.size() + " file(s) differ from what "
						+ "the model generates (commit the output of processware generate):\n" + String.join("\n",
								drifted.stream().map(file -> file.path() + ": " + file.reason()).toList()));
			}
			// every target's validator and the whole-tree checks (the secret scan) count alike
			List<QaReport> reports = new ArrayList<>(generated.outcomes().stream().map(TargetOutcome::qa).toList());
			reports.addAll(generated.treeChecks());
			for (QaReport qa : reports) {
				if (qa.passed()) {
					report.pass("qa", qa.validator());
				} else {
					report.fail("qa", qa.validator(), qa.findings().size() + " finding(s):\n"
							+ String.join("\n", qa.findings().stream().map(QaFinding::toString).toList()));
				}
			}
			gates(input, temporary, reports, drifted.isEmpty(), report);
			approvals(head, approved, report);
		} finally {
			delete(temporary);
		}
	}

	private void gates(SolutionInput input, Path folder, List<QaReport> reports, boolean recordable,
			VerificationReport report) {
		QualityGateEvaluation evaluation = new QualityGateEvaluation(folder, reports, metrics, maven);
		List<GateResult> results = recordable ? pipeline.evaluateGates(input.solution(), evaluation)
				: input.solution().getQualityGates().stream().map(evaluation::evaluate).toList();
		for (GateResult gate : results) {
			for (CriterionScore criterion : gate.criteria()) {
				String name = gate.gateName() + " / " + criterion.name();
				if (!criterion.evaluated()) {
					report.skip("gate", name, criterion.evidence());
				} else if (criterion.passed()) {
					report.pass("gate", name);
				} else {
					report.fail("gate", name, criterion.describe());
				}
			}
			if (gate.passed()) {
				report.pass("gate", gate.gateName());
			} else {
				report.fail("gate", gate.gateName(), gate.describe());
			}
		}
	}

	/** The newest run's board items: each changed artefact needs its boards' approval. */
	private void approvals(RunCommit head, Optional<ApprovedVersion> approved, VerificationReport report) {
		if (approved.isPresent() && approved.get().commit().equals(head.commit())) {
			report.pass("approval", "run " + head.runId() + " is approved version " + approved.get().label());
			return;
		}
		Pipeline.RunView run = pipeline.run(head.runId());
		if (run.record() == null) {
			report.fail("approval", "run " + head.runId(), "the run was interrupted: generate once to recover");
			return;
		}
		for (ReviewBoard board : run.record().boards()) {
			long missing = board.getItems().stream().filter(item -> !RunRecord.isBusinessItem(item))
					.filter(item -> RunRecord.outcome(item).orElse(null) != DecisionOutcome.APPROVED).count();
			long items = board.getItems().stream().filter(item -> !RunRecord.isBusinessItem(item)).count();
			if (items == 0) {
				continue;
			}
			String name = board.getName() + " for run " + head.runId();
			if (missing == 0) {
				report.pass("approval", name);
			} else {
				report.fail("approval", name, missing + " of " + items + " changed artefact(s) lack " + board.getName()
						+ "'s approval (processware review list)");
			}
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("processware-verify");
		} catch (IOException e) {
			throw new PipelineException("cannot create a temporary folder to regenerate into: " + e.getMessage(), e);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// a temporary folder left behind is harmless; the verdict stands
		}
	}
}
