package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.processware.cli.ExitCode;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.GenerationTargets;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.domain.Attribute;
import io.processware.model.domain.Entity;
import io.processware.model.solution.Solution;
import io.processware.pipeline.Pipeline;
import io.processware.pipeline.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code processware bench pipeline}: successive generation runs through the whole pipeline (every
 * installed target, commit, review record in git notes) on a synthetic solution, each after changing
 * one attribute: time per run and how the output repository grows.
 */
@Command(name = "pipeline", description = "Run the pipeline (all installed targets, git commit, review record) on a "
		+ "synthetic solution (default 1,000 entities x 10 attributes) in a temporary folder: one first run, then --runs "
		+ "runs each changing one attribute; print time per run (median, 90th percentile, worst), files changed per run, "
		+ "and the repository's size after the first and the last run.")
public final class BenchPipelineCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private SyntheticSize size;

	@Option(names = "--runs", defaultValue = "50", description = "runs after the first, each changing one attribute (default ${DEFAULT-VALUE})")
	private int runs;

	@Override
	public Integer call() throws IOException {
		if (runs < 1) {
			throw new CommandFailure("--runs must be at least 1");
		}
		PrintWriter out = spec.commandLine().getOut();
		Solution solution = size.build();
		List<GenerationTarget> targets = GenerationTargets.installed();
		Path folder = Files.createTempDirectory("processware-bench-pipeline");
		try {
			Pipeline pipeline = Pipeline.of(folder.resolve("generated"));
			Pipeline.Author author = new Pipeline.Author("Bench", "bench@localhost");
			long start = System.nanoTime();
			RunResult first = pipeline.generate(new SolutionInput(solution, folder, "hash-0"), targets, author);
			double firstMillis = (System.nanoTime() - start) / 1e6;
			long firstSize = size(pipeline.output().resolve(".git"));
			int files = first.generation().outcomes().stream()
					.mapToInt(outcome -> outcome.result().written().size() + outcome.result().unchanged().size()).sum();
			List<Double> millis = new ArrayList<>();
			List<Integer> changed = new ArrayList<>();
			List<Entity> entities = solution.getDomains().get(0).getEntities();
			for (int run = 1; run <= runs; run++) {
				Attribute attribute = entities.get((run * 37) % entities.size()).getAttributes().get(0);
				attribute.setRequired(!attribute.isRequired());
				long runStart = System.nanoTime();
				RunResult result = pipeline.generate(new SolutionInput(solution, folder, "hash-" + run), targets, author);
				millis.add(Double.valueOf((System.nanoTime() - runStart) / 1e6));
				changed.add(Integer.valueOf(result.generation().outcomes().stream()
						.mapToInt(outcome -> outcome.result().written().size()).sum()));
			}
			long lastSize = size(pipeline.output().resolve(".git"));
			List<Double> sorted = millis.stream().sorted().toList();
			out.println(String.format(Locale.ROOT, "Synthetic solution: %d entities x %d attributes, %d processes x %d nodes; "
					+ "%d target(s): %s", Integer.valueOf(size.entities), Integer.valueOf(size.attributes),
					Integer.valueOf(size.processes), Integer.valueOf(size.nodes), Integer.valueOf(targets.size()),
					String.join(", ", targets.stream().map(GenerationTarget::name).toList())));
			out.println(String.format(Locale.ROOT, "first run          %6d files  %9.1f ms  repository %8.1f MB", Integer.valueOf(files),
					Double.valueOf(firstMillis), Double.valueOf(firstSize / 1e6)));
			out.println(String.format(Locale.ROOT, "%d runs, one attribute each: median %.1f ms, p90 %.1f ms, worst %.1f ms, "
					+ "files written per run median %d", Integer.valueOf(runs), sorted.get(sorted.size() / 2),
					sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1)), sorted.get(sorted.size() - 1),
					changed.stream().sorted().toList().get(changed.size() / 2)));
			out.println(String.format(Locale.ROOT, "repository after %d runs: %.1f MB (+%.1f kB per run, loose objects, no gc)",
					Integer.valueOf(runs + 1), Double.valueOf(lastSize / 1e6), Double.valueOf((lastSize - firstSize) / 1e3 / runs)));
			return Integer.valueOf(ExitCode.OK.code());
		} finally {
			BenchGenerateCommand.delete(folder);
		}
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
		}
	}
}
