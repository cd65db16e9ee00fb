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
	private final List<TreeCheck> treeChecks;

	private SolutionGeneration(List<GenerationTarget> targets, List<TreeCheck> treeChecks) {
		this.targets = targets;
		this.treeChecks = treeChecks;
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
		return new SolutionGeneration(List.copyOf(targets), List.of());
	}

	/** @return this generation with checks of the whole tree, run after generation beside the validators */
	public SolutionGeneration checkingTreeWith(List<? extends TreeCheck> checks) {
		return new SolutionGeneration(targets, List.copyOf(checks));
	}

	/** @return the installed targets with the installed whole-tree checks */
	public static SolutionGeneration installed() {
		return of(GenerationTargets.installed()).checkingTreeWith(GenerationTargets.installedTreeChecks());
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
		List<String> allFiles = List.copyOf(trace.entries().keySet());
		List<CompletableFuture<QaReport>> treeReports = treeChecks.stream()
				.map(check -> CompletableFuture.supplyAsync(() -> check.check(output, allFiles))).toList();
		List<TargetOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			outcomes.add(new TargetOutcome(targets.get(i), results.get(i), checks.get(i).join()));
		}
		return new SolutionGenerationResult(outcomes, treeReports.stream().map(CompletableFuture::join).toList(),
				System.nanoTime() - started);
	}

	/** @return the files the trace records for a target, relative to the output folder, sorted */
	public static List<String> filesOf(Trace trace, GenerationTarget target) {
		return trace.entries().entrySet().stream()
				.filter(entry -> entry.getValue().templateSet().equals(target.name())).map(Map.Entry::getKey).toList();
	}
}
