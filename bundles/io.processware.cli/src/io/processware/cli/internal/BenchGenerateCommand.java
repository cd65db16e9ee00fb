package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
import io.processware.model.domain.AttributeType;
import io.processware.model.domain.Domain;
import io.processware.model.domain.DomainFactory;
import io.processware.model.domain.Enumeration;
import io.processware.model.solution.Solution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code processware bench generate}: full generation of the application for a synthetic solution,
 * a regeneration with nothing changed, and one after changing a single attribute.
 */
@Command(name = "generate", description = "Generate the application for a synthetic solution (default 1,000 "
		+ "entities x 10 attributes, 200 processes x 30 nodes) into a temporary folder; print files per second for a "
		+ "full run, the render share, and the time and files written for a no-change and a one-attribute regeneration.")
public final class BenchGenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private SyntheticSize size;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		Solution solution = size.build();
		giveEnumerationsTheirLiterals(solution);
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

			GenerationResult full = generator.generate(solution, folder, "hash-1", output);
			GenerationResult unchanged = generator.generate(solution, folder, "hash-1", output);
			Attribute changed = solution.getDomains().get(0).getEntities().get(size.entities / 2).getAttributes().get(0);
			changed.setRequired(!changed.isRequired());
			GenerationResult incremental = generator.generate(solution, folder, "hash-2", output);

			out.println(String.format(Locale.ROOT, "Synthetic solution: %d entities x %d attributes, %d processes x %d nodes",
					Integer.valueOf(size.entities), Integer.valueOf(size.attributes), Integer.valueOf(size.processes),
					Integer.valueOf(size.nodes)));
			out.println(String.format(Locale.ROOT, "render only        %6d files  %8.1f ms  (%.1f ms per 1,000 files)",
					Integer.valueOf(rendered), Double.valueOf(renderMillis), Double.valueOf(renderMillis * 1000 / rendered)));
			line(out, "full generation   ", full);
			line(out, "regenerate, same  ", unchanged);
			line(out, "one attribute     ", incremental);
			out.println("  files written after the one-attribute change: " + String.join(", ", incremental.written()));
			return Integer.valueOf(ExitCode.OK.code());
		} finally {
			delete(folder);
		}
	}

	/** The synthetic model leaves enumeration-typed attributes without an enumeration; give them one. */
	private static void giveEnumerationsTheirLiterals(Solution solution) {
		Domain domain = solution.getDomains().get(0);
		Enumeration level = DomainFactory.eINSTANCE.createEnumeration();
		level.setName("Level");
		level.getLiterals().addAll(java.util.List.of("low", "medium", "high"));
		domain.getEnumerations().add(level);
		domain.getEntities().forEach(entity -> entity.getAttributes().stream()
				.filter(attribute -> attribute.getType() == AttributeType.ENUMERATION && attribute.getEnumeration() == null)
				.forEach(attribute -> attribute.setEnumeration(level)));
	}

	private static void line(PrintWriter out, String label, GenerationResult result) {
		int files = result.written().size() + result.unchanged().size();
		double millis = result.duration().toNanos() / 1e6;
		out.println(String.format(Locale.ROOT, "%s %6d files  %8.1f ms  %6d written  (%.0f files/s)", label,
				Integer.valueOf(files), Double.valueOf(millis), Integer.valueOf(result.written().size()),
				Double.valueOf(files * 1000 / millis)));
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
