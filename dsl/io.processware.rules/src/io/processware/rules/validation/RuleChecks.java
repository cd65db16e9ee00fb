package io.processware.rules.validation;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import io.processware.model.process.Task;
import io.processware.model.solution.RuleSet;
import io.processware.rules.analysis.Conjunction;
import io.processware.rules.interpreter.RuleEngine;
import io.processware.rules.rules.AskAction;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.RejectAction;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.RuleFile;
import io.processware.rules.rules.RulesPackage;
import io.processware.rules.rules.SymbolRef;
import io.processware.model.process.Determinism;

/**
 * Rules as a whole: rules that can never fire, computed values that depend on themselves, determinism
 * markers that contradict the rule's actions, and the links between a rules file and the solution
 * model (its rule set, the tasks that use it).
 */
public class RuleChecks extends RulesCheck {

	@Check
	public void reachability(RuleFile file) {
		List<Rule> all = new ArrayList<>();
		file.getDeclarations().stream().filter(Rule.class::isInstance).map(Rule.class::cast).forEach(all::add);
		List<Task> tasks = all.stream().map(Rule::getTask).distinct().toList();
		for (Task task : tasks) {
			List<Rule> ordered = RuleEngine.firingOrder(file, task);
			List<Rule> earlierRejecting = new ArrayList<>();
			for (Rule rule : ordered) {
				Optional<Conjunction> condition = Conjunction.of(rule.getCondition());
				if (condition.isPresent() && condition.get().unsatisfiable()) {
					warning("rule " + rule.getName() + " never fires: its condition can never hold", rule,
							RulesPackage.Literals.RULE__CONDITION, IssueCodes.UNREACHABLE_RULE);
				} else {
					for (Rule earlier : earlierRejecting) {
						Optional<Conjunction> earlierCondition = Conjunction.of(earlier.getCondition());
						if (condition.isPresent() && earlierCondition.isPresent() && condition.get().implies(earlierCondition.get())) {
							warning("rule " + rule.getName() + " is unreachable: rule " + earlier.getName()
									+ " runs first, matches every case it matches, and rejects", rule,
									RulesPackage.Literals.RULE__NAME, IssueCodes.UNREACHABLE_RULE);
							break;
						}
					}
				}
				if (rule.getActions().stream().anyMatch(RejectAction.class::isInstance)) {
					earlierRejecting.add(rule);
				}
			}
		}
	}

	@Check
	public void cycle(Computed computed) {
		List<EObject> path = new ArrayList<>();
		if (reaches(computed, computed, path, new ArrayDeque<>())) {
			List<String> names = new ArrayList<>();
			names.add(computed.getName());
			path.forEach(step -> names.add(org.eclipse.xtext.util.SimpleAttributeResolver.NAME_RESOLVER.apply(step)));
			error("computed value " + computed.getName() + " depends on itself: " + String.join(" -> ", names), computed,
					RulesPackage.Literals.COMPUTED__NAME, IssueCodes.CYCLIC_COMPUTED);
		}
	}

	/** Depth-first search over the symbols an element's expressions name. */
	private static boolean reaches(EObject from, Computed target, List<EObject> path, Deque<EObject> visiting) {
		if (visiting.contains(from)) {
			return false;
		}
		visiting.push(from);
		try {
			for (SymbolRef ref : EcoreUtil2.getAllContentsOfType(from, SymbolRef.class)) {
				EObject symbol = ref.getSymbol();
				if (symbol == null || symbol.eIsProxy()
						|| !(symbol instanceof Computed || symbol instanceof DecisionTable || symbol instanceof LlmSlot)) {
					continue;
				}
				path.add(symbol);
				if (symbol == target || reaches(symbol, target, path, visiting)) {
					return true;
				}
				path.remove(path.size() - 1);
			}
			return false;
		} finally {
			visiting.pop();
		}
	}

	@Check
	public void determinism(Rule rule) {
		boolean asksModel = rule.getActions().stream().anyMatch(AskAction.class::isInstance);
		if (rule.getDeterminism() == Determinism.DETERMINISTIC && asksModel) {
			error("a deterministic rule cannot ask an LLM slot: mark it 'variable' or 'partial'", rule,
					RulesPackage.Literals.RULE__DETERMINISM, IssueCodes.DETERMINISM);
		}
		if (rule.getDeterminism() == Determinism.NON_DETERMINISTIC && !asksModel) {
			error("a variable rule asks an LLM slot ('ask <slot>'); without one it is deterministic", rule,
					RulesPackage.Literals.RULE__DETERMINISM, IssueCodes.DETERMINISM);
		}
	}

	@Check
	public void taskUsesRuleSet(Rule rule) {
		RuleSet ruleSet = ((RuleFile) EcoreUtil2.getRootContainer(rule)).getRuleSet();
		Task task = rule.getTask();
		if (ruleSet == null || ruleSet.eIsProxy() || task == null || task.eIsProxy()) {
			return;
		}
		if (!task.getRuleSets().contains(ruleSet)) {
			warning("task " + task.getId() + " does not use rule set " + ruleSet.getId()
					+ " in the solution model, so this rule never runs there", rule, RulesPackage.Literals.RULE__TASK,
					IssueCodes.RULE_SET_LINK);
		}
	}

	@Check
	public void ruleSetPath(RuleFile file) {
		RuleSet ruleSet = file.getRuleSet();
		if (ruleSet == null || ruleSet.eIsProxy() || ruleSet.getPath() == null || file.eResource() == null) {
			return;
		}
		String fileName = file.eResource().getURI().lastSegment();
		String declared = Path.of(ruleSet.getPath()).getFileName().toString();
		if (fileName != null && !fileName.equals(declared)) {
			warning("rule set " + ruleSet.getId() + " lives in " + ruleSet.getPath() + " according to the solution model, not in "
					+ fileName, file, RulesPackage.Literals.RULE_FILE__RULE_SET, IssueCodes.RULE_SET_LINK);
		}
	}
}
