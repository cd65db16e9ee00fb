package io.processware.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.processware.generator.internal.IncrementalRendering;
import io.processware.generator.internal.OutputFolder;
import io.processware.generator.internal.OutputUpdate;
import io.processware.generator.internal.TemplateRenderer;

/**
 * Generates one template set's files from a model into an output folder.
 *
 * <pre>
 * GenerationResult result = Generator.forTemplateSet(TemplateSet.load(folder))
 *         .overriddenBy(solution.resolve("templates/application"))
 *         .identifyingElementsWith(ModelIds::of)
 *         .generate(solutionModel, modelHash, solution.resolve("generated"));
 * </pre>
 *
 * A run renders everything in memory first: a failing template leaves the output folder as it
 * was. It then refuses to touch files edited outside their protected regions, writes only files
 * whose content changed (atomically), keeps user code in protected regions, saves user code whose
 * region disappeared to a lost file, removes files the model no longer produces unless they carry
 * user code, and records every file in the trace. Two runs on one folder at once are refused.
 */
public final class Generator {

	private final TemplateSet templateSet;
	private final Path overrides;
	private final Function<Object, String> elementIds;
	private final ModelDependencies dependencies;

	private Generator(TemplateSet templateSet, Path overrides, Function<Object, String> elementIds,
			ModelDependencies dependencies) {
		this.templateSet = templateSet;
		this.overrides = overrides;
		this.elementIds = elementIds;
		this.dependencies = dependencies;
	}

	/** @return a generator for a template set, without overrides, identifying elements by {@code toString()} */
	public static Generator forTemplateSet(TemplateSet templateSet) {
		return new Generator(Objects.requireNonNull(templateSet), null, String::valueOf, null);
	}

	/** @return this generator, with templates in {@code folder} replacing bundled ones of the same path */
	public Generator overriddenBy(Path folder) {
		return new Generator(templateSet, folder, elementIds, dependencies);
	}

	/** @return this generator, naming model elements in the trace and in errors with {@code ids} */
	public Generator identifyingElementsWith(Function<Object, String> ids) {
		return new Generator(templateSet, overrides, Objects.requireNonNull(ids), dependencies);
	}

	/**
	 * @return this generator, rendering on later runs only the files whose inputs changed: the
	 *         templates' reads of {@link ModelView} records and of objects {@code dependencies} knows
	 *         are tracked per file
	 */
	public Generator trackingDependenciesWith(ModelDependencies model) {
		return new Generator(templateSet, overrides, elementIds, Objects.requireNonNull(model));
	}

	/** @return the files the templates produce for a model, without writing anything */
	public List<GeneratedFile> render(Object model, Map<String, Object> variables) {
		return new TemplateRenderer(templateSet, overrides, elementIds).render(model, variables);
	}

	/** Generates with no variables besides the model. */
	public GenerationResult generate(Object model, String modelHash, Path outputFolder) {
		return generate(model, Map.of(), modelHash, outputFolder);
	}

	/**
	 * @param model        the model, {@code model} in templates
	 * @param variables    further top-level template variables
	 * @param modelHash    the hash of the model's files, recorded in the trace
	 * @param outputFolder where the files go; created when missing
	 * @throws GenerationException when a template fails, a path is unsafe, user edits would be
	 *                             overwritten, or another run holds the folder
	 */
	public GenerationResult generate(Object model, Map<String, Object> variables, String modelHash, Path outputFolder) {
		long started = System.nanoTime();
		OutputFolder output = new OutputFolder(outputFolder);
		try (OutputFolder.RunLock lock = output.lock()) {
			Trace previous = Trace.read(output.root());
			TemplateRenderer renderer = new TemplateRenderer(templateSet, overrides, elementIds);
			if (dependencies == null) {
				return new OutputUpdate(templateSet, modelHash, output, previous)
						.apply(renderer.render(model, variables), started);
			}
			IncrementalRendering rendering = new IncrementalRendering(renderer, model, variables, dependencies, output,
					previous);
			List<GeneratedFile> files = rendering.render(model, variables);
			// the cache's fingerprints are worked out while the files are written: a full run waits on the disk
			GenerationResult result = new OutputUpdate(templateSet, modelHash, output, previous).apply(files, started,
					rendering::prepareCache);
			rendering.saveCache();
			return result;
		}
	}
}
