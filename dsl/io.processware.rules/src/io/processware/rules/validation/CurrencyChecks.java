package io.processware.rules.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import io.processware.rules.rules.ApprovalStep;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.Constraint;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.NumberLiteral;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.TableRow;

/**
 * Amounts in different currencies within one condition, computed value or table column: comparing
 * an invoice's amount with 100 EUR and with 50 USD in the same rule can only be a mistake, since the
 * language never converts currencies.
 */
public class CurrencyChecks extends RulesCheck {

	@Check
	public void rule(Rule rule) {
		sameCurrency(List.of(rule.getCondition()), "this condition");
	}

	@Check
	public void constraint(Constraint constraint) {
		sameCurrency(List.of(constraint.getCondition()), "this constraint");
	}

	@Check
	public void approval(ApprovalStep step) {
		sameCurrency(List.of(step.getCondition()), "this threshold");
	}

	@Check
	public void computed(Computed computed) {
		sameCurrency(List.of(computed.getValue()), "this computed value");
	}

	@Check
	public void columns(DecisionTable table) {
		for (int c = 0; c < table.getInputs().size(); c++) {
			List<EObject> cells = new ArrayList<>();
			for (TableRow row : table.getRows()) {
				if (c < row.getEntries().size()) {
					cells.add(row.getEntries().get(c));
				}
			}
			sameCurrency(cells, "input " + table.getInputs().get(c).getName());
		}
	}

	private void sameCurrency(List<? extends EObject> roots, String place) {
		String first = null;
		for (EObject root : roots) {
			if (root == null) {
				continue;
			}
			List<NumberLiteral> literals = new ArrayList<>(EcoreUtil2.getAllContentsOfType(root, NumberLiteral.class));
			if (root instanceof NumberLiteral literal) {
				literals.add(0, literal);
			}
			for (NumberLiteral literal : literals) {
				String currency = literal.getCurrency();
				if (currency == null) {
					continue;
				}
				if (first == null) {
					first = currency;
				} else if (!first.equals(currency)) {
					errorAt(literal, "mixes currencies: " + place + " uses " + first + " and " + currency
							+ " (amounts are never converted implicitly)", IssueCodes.MIXED_CURRENCIES);
				}
			}
		}
	}
}
