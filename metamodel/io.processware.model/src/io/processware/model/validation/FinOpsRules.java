package io.processware.model.validation;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.solution.Environment;
import io.processware.model.solution.Solution;

/** Every environment has a monthly budget, so that FinOps can alert before the bill does. */
final class FinOpsRules implements RuleGroup {

	@Override
	public void check(EObject element, Findings findings) {
		if (element instanceof Environment environment && environment.eContainer() instanceof Solution solution) {
			boolean budgeted = solution.getFinOps() != null && solution.getFinOps().getBudgets().stream()
					.anyMatch(budget -> budget.getEnvironment() == environment);
			if (!budgeted) {
				findings.report(Rule.FINOPS_ENVIRONMENT_BUDGET, environment, environment.getName());
			}
		}
	}
}
