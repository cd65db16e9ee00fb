package io.processware.generator.finops;

import java.math.BigDecimal;
import java.util.List;

import io.processware.generator.ModelView;
import io.processware.generator.infrastructure.EnvironmentDeployment;

/**
 * An environment's FinOps controls: its budget and alert threshold from the model, who is alerted,
 * and its cost estimate.
 *
 * @param environment  the environment
 * @param budget       the monthly budget, or {@code null} when the model sets none
 * @param alertPercent the share of the budget at which actual spend alerts, in percent
 * @param contacts     the FinOps board's reviewers' e-mail addresses
 * @param estimate     the monthly estimate at the autoscaling floor and ceiling
 * @param withinBudget whether the ceiling fits the budget (same currency only)
 */
public record EnvironmentCosts(EnvironmentDeployment environment, BigDecimal budget, int alertPercent,
		List<String> contacts, CostEstimate estimate, boolean withinBudget) implements ModelView {

	/** @return whether the model sets a budget for this environment */
	public boolean hasBudget() {
		return budget != null && budget.signum() > 0;
	}

	@Override
	public Object element() {
		return environment.source();
	}
}
