package io.processware.generator.application;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.processware.generator.GenerationResult;
import io.processware.generator.Generator;
import io.processware.generator.QaReport;
import io.processware.generator.TemplateSet;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;
import io.processware.model.solution.Solution;

/**
 * A target that adds files to the generated service (or beside it) from its own view of the model,
 * rendered the way the application's templates are: model ids, dependency tracking, the solution's
 * overrides in {@code templates/<set>/}. Subclasses name the view and the validator.
 */
public abstract class ServiceExtensionTarget implements GenerationTarget {

	private final TemplateSet templates;
	private final ArtefactKind kind;
	private final Function<Solution, Object> view;
	private final BiFunction<Path, Collection<String>, QaReport> validator;

	protected ServiceExtensionTarget(TemplateSet templates, ArtefactKind kind, Function<Solution, Object> view,
			BiFunction<Path, Collection<String>, QaReport> validator) {
		this.templates = templates;
		this.kind = kind;
		this.view = view;
		this.validator = validator;
	}

	@Override
	public TemplateSet templates() {
		return templates;
	}

	@Override
	public ArtefactKind artefactKind() {
		return kind;
	}

	@Override
	public GenerationResult generate(SolutionInput input, Path output) {
		return Generator.forTemplateSet(templates).overriddenBy(input.folder().resolve("templates/" + templates.name()))
				.identifyingElementsWith(ModelIds::of).trackingDependenciesWith(new EmfDependencies())
				.generate(view.apply(input.solution()), Map.of(), input.modelHash(), output);
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return validator.apply(output, files);
	}
}
