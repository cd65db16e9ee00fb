package io.processware.generator.application;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.processware.generator.GenerationException;
import io.processware.generator.GenerationResult;
import io.processware.generator.Generator;
import io.processware.generator.TemplateSet;
import io.processware.model.solution.Solution;

/**
 * The application generator: a Java 21 Spring Boot service per solution, from the bundled
 * {@code templates/} (overridable per solution in {@code templates/application/}), checked by
 * {@link ApplicationQa}.
 */
public final class ApplicationGenerator {

	/** Where a solution keeps its own versions of this set's templates, relative to its folder. */
	public static final String OVERRIDES = "templates/application";

	private final TemplateSet templates;
	/** what the last run of this generator searched: a workbench regenerating after each edit searches only what changed */
	private final KnownPaths knownPaths = new KnownPaths();

	/** A generator with the templates bundled with Processware. */
	public ApplicationGenerator() {
		this(TemplateSet.load(bundledTemplates()));
	}

	/** A generator with another template set (for tests and for users' own template sets). */
	public ApplicationGenerator(TemplateSet templates) {
		this.templates = templates;
	}

	public TemplateSet templates() {
		return templates;
	}

	/**
	 * Generates the service of a solution.
	 *
	 * @param solution       the model
	 * @param solutionFolder the solution's folder, where overriding templates are looked up
	 * @param modelHash      the hash of the model's files, for the trace
	 * @param output         the output folder
	 */
	public GenerationResult generate(Solution solution, Path solutionFolder, String modelHash, Path output) {
		knownPaths.startRun();
		return Generator.forTemplateSet(templates).overriddenBy(solutionFolder.resolve(OVERRIDES))
				.identifyingElementsWith(ModelIds::of).trackingDependenciesWith(new EmfDependencies())
				.generate(ServiceModel.of(solution, RulesFiles.of(solutionFolder), knownPaths), Map.of(), modelHash,
						output);
	}

	/** The bundle's templates folder as a file path (the bundle is installed unpacked). */
	static Path bundledTemplates() {
		Bundle bundle = FrameworkUtil.getBundle(ApplicationGenerator.class);
		if (bundle == null) {
			throw new GenerationException("the application templates are found through OSGi; outside it, "
					+ "pass a TemplateSet to the ApplicationGenerator");
		}
		try {
			URL folder = FileLocator.toFileURL(bundle.getEntry("templates/"));
			return Path.of(folder.toURI());
		} catch (IOException | URISyntaxException | RuntimeException e) {
			throw new GenerationException("cannot locate the bundled application templates: " + e.getMessage(), e);
		}
	}
}
