package io.processware.generator.infrastructure;

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
import io.processware.generator.application.ModelIds;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;

/**
 * A generation target whose templates are the {@code templates/} folder of its own bundle,
 * overridable per solution in {@code templates/<set name>/}, rendered from a view of the model that
 * the subclass builds. The solution-level targets (infrastructure, CI/CD, FinOps, documentation)
 * differ only in that view and in their validator.
 */
public abstract class SolutionTemplateTarget implements GenerationTarget {

	private final TemplateSet templates;
	private final ArtefactKind kind;

	/** A target with the templates bundled next to {@code anchor}'s class. */
	protected SolutionTemplateTarget(Class<?> anchor, ArtefactKind kind) {
		this(TemplateSet.load(bundledTemplates(anchor)), kind);
	}

	protected SolutionTemplateTarget(TemplateSet templates, ArtefactKind kind) {
		this.templates = templates;
		this.kind = kind;
	}

	/**
	 * @return what the templates see as {@code model}
	 * @throws GenerationException when the solution cannot be rendered (a name, a missing setting)
	 */
	protected abstract Object model(SolutionInput input);

	@Override
	public final TemplateSet templates() {
		return templates;
	}

	@Override
	public final ArtefactKind artefactKind() {
		return kind;
	}

	@Override
	public GenerationResult generate(SolutionInput input, Path output) {
		return Generator.forTemplateSet(templates).overriddenBy(input.folder().resolve("templates").resolve(templates.name()))
				.identifyingElementsWith(ModelIds::of).generate(model(input), Map.of(), input.modelHash(), output);
	}

	/** @return the {@code templates/} folder of the bundle that holds {@code anchor} (installed unpacked) */
	public static Path bundledTemplates(Class<?> anchor) {
		Bundle bundle = FrameworkUtil.getBundle(anchor);
		if (bundle == null) {
			throw new GenerationException("the templates of " + anchor.getSimpleName()
					+ " are found through OSGi; outside it, pass a TemplateSet");
		}
		try {
			URL folder = FileLocator.toFileURL(bundle.getEntry("templates/"));
			return Path.of(folder.toURI());
		} catch (IOException | URISyntaxException | RuntimeException e) {
			throw new GenerationException("cannot locate the templates of bundle " + bundle.getSymbolicName() + ": "
					+ e.getMessage(), e);
		}
	}
}
