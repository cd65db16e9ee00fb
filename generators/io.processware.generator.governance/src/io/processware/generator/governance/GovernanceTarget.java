package io.processware.generator.governance;

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
 * Data governance: the data catalog with lineage, database column comments, the retention job and
 * its test in the service, checked by {@link GovernanceQa} (JSON Schema and residency).
 */
public final class GovernanceTarget implements GenerationTarget {

	/** Where a solution keeps its own versions of this set's templates, relative to its folder. */
	public static final String OVERRIDES = "templates/governance";

	private final TemplateSet templates;

	/** The target with the bundled templates (created by the extension registry). */
	public GovernanceTarget() {
		this(BundledTemplates.of(GovernanceTarget.class));
	}

	public GovernanceTarget(TemplateSet templates) {
		this.templates = templates;
	}

	@Override
	public TemplateSet templates() {
		return templates;
	}

	@Override
	public ArtefactKind artefactKind() {
		return ArtefactKind.DATA_CATALOG;
	}

	@Override
	public GenerationResult generate(SolutionInput input, Path output) {
		return Generator.forTemplateSet(templates).overriddenBy(input.folder().resolve(OVERRIDES))
				.identifyingElementsWith(ModelIds::of).trackingDependenciesWith(new EmfDependencies())
				.generate(GovernanceModel.of(input.solution()), Map.of(), input.modelHash(), output);
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return GovernanceQa.report(output, files);
	}
}
