package io.processware.rules.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import io.processware.rules.rules.ApprovalStep;
import io.processware.rules.rules.Between;
import io.processware.rules.rules.Binary;
import io.processware.rules.rules.BudgetPolicy;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.Constraint;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.Fact;
import io.processware.rules.rules.FunctionCall;
import io.processware.rules.rules.InTest;
import io.processware.rules.rules.ListLiteral;
import io.processware.rules.rules.MemberAccess;
import io.processware.rules.rules.Negation;
import io.processware.rules.rules.Not;
import io.processware.rules.rules.RetentionPolicy;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.SetAction;
import io.processware.rules.rules.Sla;
import io.processware.rules.rules.SymbolRef;
import io.processware.rules.types.Functions;
import io.processware.rules.types.Operators;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.RulesType.Kind;
import io.processware.rules.types.RulesType.ListType;
import io.processware.rules.types.TypeCompatibility;
import io.processware.rules.types.Types;

/** Type errors, reported at the expression that has the wrong type. */
public class TypeChecks extends RulesCheck {

	@Check
	public void binary(Binary binary) {
		RulesType left = Types.of(binary.getLeft());
		RulesType right = Types.of(binary.getRight());
		String op = binary.getOp();
		if (TypeCompatibility.mixedCurrencies(left, right)) {
			errorAt(binary, "mixes currencies: " + left.currency() + " and " + right.currency()
					+ " (amounts are never converted implicitly)", IssueCodes.MIXED_CURRENCIES);
			return;
		}
		if (Operators.isLogical(op)) {
			expect(binary.getLeft(), RulesType.BOOLEAN, "each side of '" + op + "'");
			expect(binary.getRight(), RulesType.BOOLEAN, "each side of '" + op + "'");
		} else if (Operators.isComparison(op)) {
			if (!TypeCompatibility.fits(left, right) && !TypeCompatibility.fits(right, left)) {
				errorAt(binary, "cannot compare " + a(left) + " with " + a(right), IssueCodes.TYPE_MISMATCH);
			} else if (!"=".equals(op) && !"!=".equals(op) && !left.isUnknown() && !left.isOrdered()) {
				errorAt(binary, "'" + op + "' needs numbers, money, dates or durations, not " + a(left),
						IssueCodes.TYPE_MISMATCH);
			}
		} else if (!left.isUnknown() && !right.isUnknown() && Types.of(binary).isUnknown()) {
			errorAt(binary, "cannot apply '" + op + "' to " + a(left) + " and " + a(right), IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void not(Not not) {
		expect(not.getOperand(), RulesType.BOOLEAN, "what 'not' negates");
	}

	@Check
	public void negation(Negation negation) {
		RulesType type = Types.of(negation.getOperand());
		if (!type.isUnknown() && !type.is(Kind.NUMBER) && !type.is(Kind.MONEY) && !type.is(Kind.DURATION)) {
			errorAt(negation.getOperand(), "'-' negates numbers, money or durations, not " + a(type), IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void in(InTest in) {
		RulesType value = Types.of(in.getValue());
		RulesType values = Types.of(in.getValues());
		RulesType element = values instanceof ListType list ? list.element() : values;
		if (!TypeCompatibility.fits(value, element) && !TypeCompatibility.fits(element, value)) {
			errorAt(in.getValues(), "'in' needs values of the same type as " + a(value) + ", not " + a(values),
					IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void between(Between between) {
		RulesType value = Types.of(between.getValue());
		if (!value.isUnknown() && !value.isOrdered()) {
			errorAt(between.getValue(), "'between' needs numbers, money, dates or durations, not " + a(value),
					IssueCodes.TYPE_MISMATCH);
			return;
		}
		for (Expression bound : new Expression[] { between.getLow(), between.getHigh() }) {
			RulesType type = Types.of(bound);
			if (TypeCompatibility.mixedCurrencies(value, type)) {
				errorAt(bound, "mixes currencies: " + value.currency() + " and " + type.currency(), IssueCodes.MIXED_CURRENCIES);
			} else if (!TypeCompatibility.fits(value, type)) {
				errorAt(bound, "expected " + a(value) + ", got " + a(type), IssueCodes.TYPE_MISMATCH);
			}
		}
	}

	@Check
	public void list(ListLiteral list) {
		RulesType first = Types.of(list.getElements().get(0));
		for (Expression element : list.getElements()) {
			RulesType type = Types.of(element);
			if (TypeCompatibility.mixedCurrencies(first, type)) {
				errorAt(element, "mixes currencies: " + first.currency() + " and " + type.currency(), IssueCodes.MIXED_CURRENCIES);
			} else if (!TypeCompatibility.fits(first, type)) {
				errorAt(element, "a list holds values of one type: expected " + a(first) + ", got " + a(type),
						IssueCodes.TYPE_MISMATCH);
			}
		}
	}

	@Check
	public void function(FunctionCall call) {
		String problem = Functions.checkArguments(call.getFunction(), call.getArguments().stream().map(Types::of).toList());
		if (problem != null) {
			errorAt(call, problem, IssueCodes.TYPE_MISMATCH);
		}
	}

	@Check
	public void ruleCondition(Rule rule) {
		expect(rule.getCondition(), RulesType.BOOLEAN, "a rule's condition");
	}

	@Check
	public void constraintCondition(Constraint constraint) {
		expect(constraint.getCondition(), RulesType.BOOLEAN, "a constraint");
	}

	@Check
	public void approvalCondition(ApprovalStep step) {
		expect(step.getCondition(), RulesType.BOOLEAN, "an approval threshold");
	}

	@Check
	public void computed(Computed computed) {
		if (computed.getType() != null) {
			expect(computed.getValue(), Types.of(computed.getType()), "computed value " + computed.getName());
		}
	}

	@Check
	public void set(SetAction set) {
		Expression target = set.getTarget();
		boolean assignable = target instanceof SymbolRef ref && ref.getSymbol() instanceof Fact
				|| target instanceof MemberAccess;
		if (!assignable) {
			errorAt(target, "only a fact or a member of one can be set", IssueCodes.INVALID_TARGET);
			return;
		}
		expect(set.getValue(), Types.of(target), "the value set");
	}

	@Check
	public void sla(Sla sla) {
		expect(sla.getLimit(), RulesType.DURATION, "an SLA's limit");
		if (sla.getWarning() != null) {
			expect(sla.getWarning(), RulesType.DURATION, "an SLA's warning");
		}
	}

	@Check
	public void retention(RetentionPolicy retention) {
		expect(retention.getPeriod(), RulesType.DURATION, "a retention period");
	}

	@Check
	public void budget(BudgetPolicy budget) {
		expect(budget.getAmount(), RulesType.MONEY, "a budget");
		if (budget.getAlertPercent() < 0 || budget.getAlertPercent() > 100) {
			error("an alert threshold is a percentage between 0 and 100", budget, null, IssueCodes.INVALID_LITERAL);
		}
	}

	/** Reports at the expression when its type does not fit what its place expects. */
	private void expect(EObject expression, RulesType expected, String place) {
		if (expression instanceof Expression e) {
			checkFits(expected, e, Types.of(e), place);
		}
	}
}
