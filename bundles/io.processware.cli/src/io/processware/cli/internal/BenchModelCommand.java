package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.model.bench.SyntheticSolution;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.Solution;
import io.processware.model.validation.SolutionValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code processware bench model}: builds a synthetic solution, then saves, loads and validates it
 * several times, printing the first (cold) and the best (warm) time of each, the file size and
 * the heap the loaded model takes. It also checks that every save gives the same bytes.
 */
@Command(name = "model", description = "Measure saving, loading and validating a large synthetic solution model "
		+ "(default 1,000 entities x 10 attributes and 200 processes x 30 nodes).")
public final class BenchModelCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--entities", defaultValue = "1000", description = "entities (default ${DEFAULT-VALUE})")
	private int entities;

	@Option(names = "--attributes", defaultValue = "10", description = "attributes per entity (default ${DEFAULT-VALUE})")
	private int attributes;

	@Option(names = "--processes", defaultValue = "200", description = "processes (default ${DEFAULT-VALUE})")
	private int processes;

	@Option(names = "--nodes", defaultValue = "30", description = "flow nodes per process, at least 2 (default ${DEFAULT-VALUE})")
	private int nodes;

	@Option(names = "--runs", defaultValue = "5", description = "measured runs (default ${DEFAULT-VALUE})")
	private int runs;

	@Option(names = "--keep", paramLabel = "<file.pws>", description = "keep the synthetic solution model in this file")
	private Path keep;

	@Override
	public Integer call() throws IOException {
		if (nodes < 2 || runs < 1 || entities < 0 || attributes < 0 || processes < 0) {
			throw new CommandFailure("--nodes must be at least 2, --runs at least 1, and counts not negative");
		}
		Path folder = Files.createTempDirectory("processware-bench");
		try {
			return Integer.valueOf(measure(folder));
		} finally {
			try (var files = Files.list(folder)) {
				files.forEach(BenchModelCommand::delete);
			}
			Files.deleteIfExists(folder);
		}
	}

	private int measure(Path folder) throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		Path reference = folder.resolve("synthetic.pws");
		out.println(buildAndSave(reference));
		byte[] expected = Files.readAllBytes(reference);
		long[] load = new long[runs];
		long[] validate = new long[runs];
		long[] save = new long[runs];
		int problems = 0;
		boolean identical = true;
		long heap = 0;
		for (int run = 0; run < runs; run++) {
			ResourceSet set = SolutionResources.newResourceSet();
			long t0 = System.nanoTime();
			LoadedSolution loaded = load(set, reference);
			load[run] = millisSince(t0);
			if (run == 0) {
				heap = usedHeapMiB();
			}
			t0 = System.nanoTime();
			problems = SolutionValidation.validate(loaded.solution()).size() + loaded.problems().size();
			validate[run] = millisSince(t0);
			Path copy = folder.resolve("run-" + run + ".pws");
			loaded.solution().eResource().setURI(URI.createFileURI(copy.toString()));
			t0 = System.nanoTime();
			loaded.solution().eResource().save(null);
			save[run] = millisSince(t0);
			identical &= Arrays.equals(expected, Files.readAllBytes(copy));
			Files.delete(copy);
		}
		out.println(NLS.bind(CliMessages.benchMeasureHeader, pad(""), Integer.valueOf(runs)));
		out.println(line("load", load));
		out.println(line("validate", validate));
		out.println(line("save", save));
		out.println(NLS.bind(CliMessages.benchFileLine, Long.valueOf(expected.length / 1024),
				keep == null ? "use --keep <file.pws> to keep it" : keep));
		out.println(NLS.bind(CliMessages.benchHeapLine, Long.valueOf(heap)));
		out.println(NLS.bind(CliMessages.benchChecksLine, Integer.valueOf(problems), identical ? "yes" : "no"));
		if (keep != null) {
			Files.write(keep, expected);
		}
		if (problems > 0 || !identical) {
			spec.commandLine().getErr().println(spec.qualifiedName() + ": " + CliMessages.benchChecksFailed);
			return ExitCode.PROBLEMS.code();
		}
		return ExitCode.OK.code();
	}

	/**
	 * Builds the synthetic solution and saves it once, which gives every element its id; the
	 * model is dropped afterwards so that the heap figure shows a loaded model only.
	 *
	 * @return the header line describing the solution
	 */
	private String buildAndSave(Path file) throws IOException {
		long started = System.nanoTime();
		Solution solution = SyntheticSolution.build(entities, attributes, processes, nodes);
		long buildMillis = millisSince(started);
		Resource resource = SolutionResources.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(solution);
		resource.save(null);
		long elementCount = 1 + count(solution);
		resource.unload();
		return NLS.bind(CliMessages.benchHeader, new Object[] { Integer.valueOf(entities), Integer.valueOf(attributes),
				Integer.valueOf(processes), Integer.valueOf(nodes), Long.valueOf(elementCount), Long.valueOf(buildMillis) });
	}

	private static LoadedSolution load(ResourceSet set, Path file) {
		try {
			return SolutionResources.load(set, file);
		} catch (SolutionLoadException e) {
			throw new CommandFailure(e.getMessage());
		}
	}

	private static String line(String measure, long[] millis) {
		long best = Arrays.stream(millis).min().orElse(0);
		return NLS.bind(CliMessages.benchMeasureLine, new Object[] { pad(measure),
				String.format("%9d", Long.valueOf(millis[0])), String.format("%9d", Long.valueOf(best)) });
	}

	private static String pad(String text) {
		return String.format("%-9s", text);
	}

	private static long count(Solution solution) {
		long count = 0;
		for (var it = solution.eAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		return count;
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	/** The heap in use after a collection: what the loaded model (and the runtime) occupies. */
	private static long usedHeapMiB() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
