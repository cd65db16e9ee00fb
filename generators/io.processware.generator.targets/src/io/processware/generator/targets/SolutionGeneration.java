package io.processware.generator.targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.processware.generator.GenerationException;
import io.processware.generator.GenerationResult;
import io.processware.generator.QaReport;
import io.processware.generator.Trace;

/**
 * Generates a whole solution: every target in order into one output folder, then every target's
 * validator, in parallel, on the files the trace says that target owns.
 *
 * <pre>
 * SolutionGenerationResult result = SolutionGeneration.of(GenerationTargets.installed())
 *         .generate(new SolutionInput(solution, folder, modelHash), folder.resolve("generated"));
 * </pre>
 *
 * Targets run one after the other because each run takes the folder's lock; a target that fails
 * stops the run with its error, leaving its own files as they were (earlier targets' new files
 * stay written: they are complete and consistent with the model).
 */
public final class SolutionGeneration {

	private final List<GenerationTarget> targets;

	private SolutionGeneration(List<GenerationTarget> targets) {
		this.targets = targets;
	}

	/** @return a generation with these targets, run in the given order */
	public static SolutionGeneration of(List<? extends GenerationTarget> targets) {
		Set<String> names = new HashSet<>();
		for (GenerationTarget target : targets) {
			if (!names.add(target.name())) {
				throw new GenerationException("two generation targets share the template-set name " + target.name()
						+ ": each must own its files in the trace");
			}
		}
		return new SolutionGeneration(List.copyOf(targets));
	}

	public List<GenerationTarget> targets() {
		return targets;
	}

	/**
	 * @throws GenerationException when a target's templates fail, a path is unsafe, user edits would
	 *                             be overwritten or another run holds the folder
	 */
	public SolutionGenerationResult generate(SolutionInput input, Path output) {
		long started = System.nanoTime();
		List<GenerationResult> results = new ArrayList<>();
		for (GenerationTarget target : targets) {
			results.add(target.generate(input, output));
		}
		Trace trace = Trace.read(output);
		List<CompletableFuture<QaReport>> checks = targets.stream()
				.map(target -> CompletableFuture.supplyAsync(() -> target.validate(output, filesOf(trace, target))))
				.toList();
		List<TargetOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			outcomes.add(new TargetOutcome(targets.get(i), results.get(i), checks.get(i).join()));
		}
		return new SolutionGenerationResult(outcomes, System.nanoTime() - started);
	}

	/** @return the files the trace records for a target, relative to the output folder, sorted */
	public static List<String> filesOf(Trace trace, GenerationTarget target) {
		return trace.entries().entrySet().stream()
				.filter(entry -> entry.getValue().templateSet().equals(target.name())).map(Map.Entry::getKey).toList();
	}
}
