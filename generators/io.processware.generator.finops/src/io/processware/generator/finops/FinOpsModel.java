package io.processware.generator.finops;

import java.math.BigDecimal;
import java.util.List;

import io.processware.generator.infrastructure.DeploymentModel;
import io.processware.generator.infrastructure.EnvironmentDeployment;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewBoardKind;
import io.processware.model.review.Reviewer;
import io.processware.model.solution.EnvironmentBudget;
import io.processware.model.solution.FinOpsSettings;
import io.processware.model.solution.Solution;

/**
 * What the FinOps templates render: the deployment, the solution's FinOps settings and, per
 * environment, budget, alerting and estimate.
 *
 * @param deployment    the deployment view shared with the infrastructure
 * @param costCentre    the cost centre, or empty
 * @param currency      the budgets' currency (the price table's when the model names none)
 * @param mandatoryTags the tags every resource must carry
 * @param prices        the price table the estimates come from
 * @param environments  per environment, in model order
 */
public record FinOpsModel(DeploymentModel deployment, String costCentre, String currency, List<String> mandatoryTags,
		PriceTable prices, List<EnvironmentCosts> environments) {

	/** @return an amount as the reports write it: two decimals, a point, whatever the locale */
	public String amount(BigDecimal amount) {
		return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	/** The default alert threshold when the model sets none. */
	static final double DEFAULT_ALERT = 0.8;

	static FinOpsModel of(Solution solution, PriceTable prices) {
		DeploymentModel deployment = DeploymentModel.of(solution);
		FinOpsSettings finOps = solution.getFinOps();
		String currency = finOps == null || finOps.getCurrency() == null || finOps.getCurrency().isBlank()
				? prices.currency() : finOps.getCurrency();
		List<String> contacts = solution.getReviewBoards().stream().filter(board -> board.getKind() == ReviewBoardKind.FINOPS)
				.map(ReviewBoard::getReviewers).flatMap(List::stream).map(Reviewer::getEmail)
				.filter(email -> email != null && !email.isBlank()).toList();
		List<EnvironmentCosts> environments = deployment.environments().stream()
				.map(environment -> costs(environment, finOps, contacts, prices, currency)).toList();
		return new FinOpsModel(deployment, finOps == null || finOps.getCostCentre() == null ? "" : finOps.getCostCentre(),
				currency, finOps == null ? List.of() : List.copyOf(finOps.getMandatoryTags()), prices, environments);
	}

	private static EnvironmentCosts costs(EnvironmentDeployment environment, FinOpsSettings finOps, List<String> contacts,
			PriceTable prices, String currency) {
		EnvironmentBudget budget = finOps == null ? null
				: finOps.getBudgets().stream().filter(candidate -> candidate.getEnvironment() == environment.source())
						.findFirst().orElse(null);
		BigDecimal amount = budget == null ? null : budget.getMonthlyBudget();
		double alert = budget == null || budget.getAlertAtFraction() <= 0 ? DEFAULT_ALERT : budget.getAlertAtFraction();
		CostEstimate estimate = CostEstimate.of(environment, prices);
		boolean within = amount != null && currency.equals(prices.currency()) && estimate.ceiling().compareTo(amount) <= 0;
		return new EnvironmentCosts(environment, amount, (int) Math.round(alert * 100), contacts, estimate, within);
	}
}
