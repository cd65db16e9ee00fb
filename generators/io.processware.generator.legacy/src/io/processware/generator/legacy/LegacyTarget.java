package io.processware.generator.legacy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import io.processware.generator.GenerationResult;
import io.processware.generator.Generator;
import io.processware.generator.QaReport;
import io.processware.generator.TemplateSet;
import io.processware.generator.application.EmfDependencies;
import io.processware.generator.application.ModelIds;
import io.processware.generator.targets.BundledTemplates;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;

/**
 * Legacy integration: a resilient adapter per legacy system (timeouts, retries, circuit breaker)
 * with contract tests against a stub on 127.0.0.1, checked by {@link LegacyQa}.
 */
public final class LegacyTarget implements GenerationTarget {

	/** Where a solution keeps its own versions of this set's templates, relative to its folder. */
	public static final String OVERRIDES = "templates/legacy";

	private final TemplateSet templates;

	/** The target with the bundled templates (created by the extension registry). */
	public LegacyTarget() {
		this(BundledTemplates.of(LegacyTarget.class));
	}

	public LegacyTarget(TemplateSet templates) {
		this.templates = templates;
	}

	@Override
	public TemplateSet templates() {
		return templates;
	}

	@Override
	public ArtefactKind artefactKind() {
		return ArtefactKind.LEGACY_ADAPTER;
	}

	@Override
	public GenerationResult generate(SolutionInput input, Path output) {
		return Generator.forTemplateSet(templates).overriddenBy(input.folder().resolve(OVERRIDES))
				.identifyingElementsWith(ModelIds::of).trackingDependenciesWith(new EmfDependencies())
				.generate(LegacyModel.of(input.solution()), Map.of(), input.modelHash(), output);
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return LegacyQa.report(output, files);
	}
}
