package io.processware.pipeline;

import java.time.Instant;
import java.util.List;

import io.processware.model.generation.GenerationPhase;
import io.processware.model.generation.PhaseKind;
import io.processware.model.generation.PhaseStatus;

/**
 * Writes quality-gate results into a run's record: the run's QUALITY_GATE phase carries the
 * overall outcome, and one further QUALITY_GATE phase per criterion carries that criterion's score
 * (its id is the run's id, {@code .gate.} and the criterion's id).
 */
final class GateRecords {

	private GateRecords() {
	}

	static void record(RunRecord record, List<GateResult> results, Instant at) {
		GenerationPhase overall = record.phase(PhaseKind.QUALITY_GATE).orElseThrow();
		record.run().getPhases().removeIf(phase -> phase.getKind() == PhaseKind.QUALITY_GATE && phase != overall);
		boolean passed = results.stream().allMatch(GateResult::passed);
		overall.setStatus(passed ? PhaseStatus.PASSED : PhaseStatus.FAILED);
		overall.setFinishedAt(at);
		overall.setMessage(String.join("; ", results.stream().map(GateResult::describe).toList()));
		int index = record.run().getPhases().indexOf(overall);
		for (GateResult result : results) {
			for (CriterionScore criterion : result.criteria()) {
				GenerationPhase phase = RunRecorder.phase(record.run(), PhaseKind.QUALITY_GATE,
						!criterion.evaluated() ? PhaseStatus.SKIPPED : criterion.passed() ? PhaseStatus.PASSED : PhaseStatus.FAILED,
						criterion.describe(), at);
				phase.setId(record.id() + ".gate." + criterion.id());
				record.run().getPhases().move(++index, phase);
			}
		}
	}
}
