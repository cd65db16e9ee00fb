package io.processware.generator.finops;

import java.nio.file.Path;
import java.util.Collection;

import io.processware.generator.QaReport;
import io.processware.generator.infrastructure.SolutionTemplateTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;

/**
 * FinOps controls: a Terraform budget with alerts per environment, cost estimates from the bundled
 * price table; {@link FinOpsQa} checks the budgets, the autoscaling bounds and that every resource
 * of the generated tree carries the mandatory cost-allocation tags.
 */
public final class FinOpsTarget extends SolutionTemplateTarget {

	/** The target with the bundled templates (created by the extension registry). */
	public FinOpsTarget() {
		super(FinOpsTarget.class, ArtefactKind.FINOPS_BUDGET);
	}

	@Override
	protected Object model(SolutionInput input) {
		return FinOpsModel.of(input.solution(), PriceTable.azure());
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return FinOpsQa.report(output, files);
	}
}
