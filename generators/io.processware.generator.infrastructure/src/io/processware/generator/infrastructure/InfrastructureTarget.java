package io.processware.generator.infrastructure;

import java.nio.file.Path;
import java.util.Collection;

import io.processware.generator.QaReport;
import io.processware.generator.TemplateSet;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;

/**
 * Terraform and Kubernetes manifests per environment of the solution, checked by
 * {@link InfrastructureQa}: HCL parsed by hcl4j, manifests read strictly into fabric8's Kubernetes
 * model classes.
 */
public final class InfrastructureTarget extends SolutionTemplateTarget {

	/** The target with the bundled templates (created by the extension registry). */
	public InfrastructureTarget() {
		super(InfrastructureTarget.class, ArtefactKind.INFRASTRUCTURE);
	}

	public InfrastructureTarget(TemplateSet templates) {
		super(templates, ArtefactKind.INFRASTRUCTURE);
	}

	@Override
	protected Object model(SolutionInput input) {
		return DeploymentModel.of(input.solution());
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return InfrastructureQa.report(output, files);
	}
}
