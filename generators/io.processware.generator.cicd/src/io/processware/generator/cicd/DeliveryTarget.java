package io.processware.generator.cicd;

import java.nio.file.Path;
import java.util.Collection;

import io.processware.generator.QaReport;
import io.processware.generator.infrastructure.DeploymentModel;
import io.processware.generator.infrastructure.SolutionTemplateTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;

/**
 * The delivery pipeline of the solution, for GitHub Actions and for GitLab CI, with the deployment
 * script both run; checked by {@link DeliveryQa} against the published workflow schemas.
 */
public final class DeliveryTarget extends SolutionTemplateTarget {

	/** The target with the bundled templates (created by the extension registry). */
	public DeliveryTarget() {
		super(DeliveryTarget.class, ArtefactKind.CI_CD);
	}

	@Override
	protected Object model(SolutionInput input) {
		return DeploymentModel.of(input.solution());
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return DeliveryQa.report(output, files);
	}
}
