package io.processware.rules.validation;

import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

/**
 * All checks of the rules language beyond syntax and linking, each concern in its own class: types and
 * literals, decision tables (shape, hit policies, overlaps, gaps), rules (reachability, determinism,
 * links to the solution model, cycles), LLM slots.
 */
@ComposedChecks(validators = { NamesAreUniqueValidator.class, TypeChecks.class, LiteralChecks.class,
		TableChecks.class, CurrencyChecks.class, RuleChecks.class, SlotChecks.class })
public class RulesValidator extends AbstractRulesValidator {
}
