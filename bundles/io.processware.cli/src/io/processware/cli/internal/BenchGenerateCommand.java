package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.processware.cli.ExitCode;
import io.processware.generator.GenerationResult;
import io.processware.generator.Generator;
import io.processware.generator.application.ApplicationGenerator;
import io.processware.generator.application.ModelIds;
import io.processware.generator.application.ServiceModel;
import io.processware.model.domain.Attribute;
import io.processware.model.solution.Solution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code processware bench generate}: full generation of the application for a synthetic solution,
 * a regeneration with nothing changed, and one after changing a single attribute.
 */
@Command(name = "generate", description = "Generate the application for a synthetic solution (default 1,000 "
		+ "entities x 10 attributes, 200 processes x 30 nodes) into a temporary folder; print files per second for a "
		+ "full run, the render share, and the median and best time and files written for regenerations without "
		+ "change and after changing one attribute.")
public final class BenchGenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private SyntheticSize size;

	@Option(names = "--runs", defaultValue = "5", description = "regenerations measured (default ${DEFAULT-VALUE})")
	private int runs;

	@Override
	public Integer call() throws IOException {
		if (runs < 1) {
			throw new CommandFailure("--runs must be at least 1");
		}
		PrintWriter out = spec.commandLine().getOut();
		Solution solution = size.build();
		ApplicationGenerator generator = new ApplicationGenerator();
		Path folder = Files.createTempDirectory("processware-bench-generate");
		try {
			Path output = folder.resolve("generated");
			// warm the JIT and FreeMarker's template cache on a throw-away folder, as a long-running workbench is
			generator.generate(solution, folder, "warm-up", folder.resolve("warm-up"));

			long renderStart = System.nanoTime();
			int rendered = Generator.forTemplateSet(generator.templates()).identifyingElementsWith(ModelIds::of)
					.render(ServiceModel.of(solution), java.util.Map.of()).size();
			double renderMillis = millis(renderStart);

			List<Run> full = List.of(Run.of(() -> generator.generate(solution, folder, "hash-1", output)));
			List<Run> unchanged = new ArrayList<>();
			List<Run> incremental = new ArrayList<>();
			Attribute changed = solution.getDomains().get(0).getEntities().get(size.entities / 2).getAttributes().get(0);
			for (int run = 0; run < runs; run++) {
				String hash = "hash-" + run;
				unchanged.add(Run.of(() -> generator.generate(solution, folder, hash, output)));
				changed.setRequired(!changed.isRequired());
				incremental.add(Run.of(() -> generator.generate(solution, folder, hash + "-changed", output)));
			}

			out.println(String.format(Locale.ROOT, "Synthetic solution: %d entities x %d attributes, %d processes x %d nodes",
					Integer.valueOf(size.entities), Integer.valueOf(size.attributes), Integer.valueOf(size.processes),
					Integer.valueOf(size.nodes)));
			out.println(String.format(Locale.ROOT, "render only        %6d files  %8.1f ms  (%.1f ms per 1,000 files)",
					Integer.valueOf(rendered), Double.valueOf(renderMillis), Double.valueOf(renderMillis * 1000 / rendered)));
			out.println("  whole: the generate call, from the model (views included); cpu: the median CPU time of the calling thread (robust on a busy "
					+ "machine; the threads writing files are not counted); engine: templates and files only");
			line(out, "full generation   ", full);
			line(out, "regenerate, same  ", unchanged);
			line(out, "one attribute     ", incremental);
			out.println("  files written after a one-attribute change: "
					+ String.join(", ", incremental.get(incremental.size() - 1).result().written()));
			return Integer.valueOf(ExitCode.OK.code());
		} finally {
			delete(folder);
		}
	}

	/** One generation: its result and the time of the whole call (building the model's views included). */
	private record Run(GenerationResult result, long nanos, long cpuNanos) {
		static Run of(java.util.function.Supplier<GenerationResult> generation) {
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			GenerationResult result = generation.get();
			return new Run(result, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpu);
		}
	}

	/** Median and best of the runs, for the whole call and for the engine; a single run is reported as both. */
	private static void line(PrintWriter out, String label, List<Run> runs) {
		GenerationResult last = runs.get(runs.size() - 1).result();
		int files = last.written().size() + last.unchanged().size();
		double[] whole = runs.stream().mapToDouble(run -> run.nanos() / 1e6).sorted().toArray();
		double[] engine = runs.stream().mapToDouble(run -> run.result().duration().toNanos() / 1e6).sorted().toArray();
		double[] cpu = runs.stream().mapToDouble(run -> run.cpuNanos() / 1e6).sorted().toArray();
		double median = whole[whole.length / 2];
		out.println(String.format(Locale.ROOT,
				"%s %6d files  whole median %8.1f ms  best %8.1f ms  cpu %8.1f ms  engine median %8.1f ms  %6d written, %6d not rendered  (%.0f files/s)",
				label, Integer.valueOf(files), Double.valueOf(median), Double.valueOf(whole[0]),
				Double.valueOf(cpu[cpu.length / 2]), Double.valueOf(engine[engine.length / 2]),
				Integer.valueOf(last.written().size()),
				Integer.valueOf(last.reused().size()), Double.valueOf(files * 1000 / median)));
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
