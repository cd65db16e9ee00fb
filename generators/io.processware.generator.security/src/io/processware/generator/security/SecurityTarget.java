package io.processware.generator.security;

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
 * Security policies: the service's Spring Security configuration and access tests, Kubernetes RBAC
 * per environment and a policy document per process, checked by {@link SecurityQa}.
 */
public final class SecurityTarget implements GenerationTarget {

	/** Where a solution keeps its own versions of this set's templates, relative to its folder. */
	public static final String OVERRIDES = "templates/security";

	private final TemplateSet templates;

	/** The target with the bundled templates (created by the extension registry). */
	public SecurityTarget() {
		this(BundledTemplates.of(SecurityTarget.class));
	}

	public SecurityTarget(TemplateSet templates) {
		this.templates = templates;
	}

	@Override
	public TemplateSet templates() {
		return templates;
	}

	@Override
	public ArtefactKind artefactKind() {
		return ArtefactKind.SECURITY_POLICY;
	}

	@Override
	public GenerationResult generate(SolutionInput input, Path output) {
		return Generator.forTemplateSet(templates).overriddenBy(input.folder().resolve(OVERRIDES))
				.identifyingElementsWith(ModelIds::of).trackingDependenciesWith(new EmfDependencies())
				.generate(SecurityModel.of(input.solution()), Map.of(), input.modelHash(), output);
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return SecurityQa.report(output, files);
	}
}
