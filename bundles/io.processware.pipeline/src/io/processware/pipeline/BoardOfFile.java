package io.processware.pipeline;

import java.util.List;
import java.util.stream.Collectors;

import io.processware.generator.Trace;
import io.processware.generator.TraceEntry;
import io.processware.generator.targets.ArtefactRouting;
import io.processware.generator.targets.GenerationTarget;
import io.processware.model.generation.ArtefactKind;
import io.processware.model.review.ReviewBoard;
import io.processware.model.solution.Solution;

/** Which board reviews a generated file: its target's artefact kind, routed by the solution. */
final class BoardOfFile {

	/** The group of files that go straight to assembly queue A. */
	static final String QUEUE_A = "assembly queue A (no board)";

	private BoardOfFile() {
	}

	static String of(String path, Trace trace, Solution model, List<? extends GenerationTarget> targets) {
		if (path.startsWith(".processware/")) {
			return "engine bookkeeping";
		}
		TraceEntry entry = trace.entry(path);
		ArtefactKind kind = entry == null ? ArtefactKind.APPLICATION_CODE
				: targets.stream().filter(target -> target.name().equals(entry.templateSet())).findFirst()
						.map(GenerationTarget::artefactKind).orElse(ArtefactKind.APPLICATION_CODE);
		List<ReviewBoard> boards = ArtefactRouting.routeOf(model, kind).boards();
		return boards.isEmpty() ? QUEUE_A : boards.stream().map(ReviewBoard::getName).collect(Collectors.joining(" + "));
	}
}
