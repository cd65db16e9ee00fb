package io.processware.rules.interpreter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.process.Task;
import io.processware.model.solution.NamedElement;
import io.processware.rules.rules.Action;
import io.processware.rules.rules.Approval;
import io.processware.rules.rules.ApprovalStep;
import io.processware.rules.rules.AskAction;
import io.processware.rules.rules.Constraint;
import io.processware.rules.rules.Declaration;
import io.processware.rules.rules.MemberAccess;
import io.processware.rules.rules.NotifyAction;
import io.processware.rules.rules.RejectAction;
import io.processware.rules.rules.RequireApprovalAction;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.RuleFile;
import io.processware.rules.rules.SetAction;
import io.processware.rules.rules.Severity;
import io.processware.rules.rules.SymbolRef;

/**
 * Runs a rule file for one task: constraints first (all of them, so that the analyst sees every
 * violation), then rules by descending priority (declaration order breaks ties); a rule that rejects
 * stops the rules after it. Approval thresholds add every role whose condition holds.
 */
public final class RuleEngine {

	private RuleEngine() {
	}

	/** Rules in firing order: higher priority first, then as written. */
	public static List<Rule> firingOrder(RuleFile file, Task task) {
		List<Rule> rules = new ArrayList<>();
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration instanceof Rule rule && (task == null || rule.getTask() == task)) {
				rules.add(rule);
			}
		}
		rules.sort(Comparator.comparingInt(Rule::getPriority).reversed());
		return rules;
	}

	/**
	 * @param task     the task whose rules run; null runs all of them
	 * @param facts    the input data by fact name; rules' set actions write into it
	 */
	public static Outcome run(RuleFile file, Task task, Map<String, Object> facts, Evaluator evaluator) {
		List<String> fired = new ArrayList<>();
		List<Outcome.Violation> violations = new ArrayList<>();
		List<String> approvals = new ArrayList<>();
		List<String> asked = new ArrayList<>();
		List<String> notifications = new ArrayList<>();
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration instanceof Constraint constraint && applies(constraint.getTask(), task)
					&& !evaluator.test(constraint.getCondition())) {
				violations.add(new Outcome.Violation(constraint.getErrorCode(), constraint.getMessage(),
						constraint.getSeverity() == Severity.ERROR));
			}
			if (declaration instanceof Approval approval && applies(approval.getTask(), task)) {
				for (ApprovalStep step : approval.getSteps()) {
					if (evaluator.test(step.getCondition())) {
						approvals.add(id(step.getRole()));
					}
				}
			}
		}
		Outcome.Violation rejection = null;
		for (Rule rule : firingOrder(file, task)) {
			if (!evaluator.test(rule.getCondition())) {
				continue;
			}
			fired.add(rule.getName());
			for (Action action : rule.getActions()) {
				if (action instanceof SetAction set) {
					assign(facts, set, evaluator.evaluate(set.getValue()));
				} else if (action instanceof RequireApprovalAction approval) {
					approvals.add(id(approval.getRole()));
				} else if (action instanceof AskAction ask) {
					asked.add(ask.getSlot().getName());
					evaluator.symbol(ask.getSlot());
				} else if (action instanceof NotifyAction notify) {
					notifications.add(id(notify.getRole()) + ": " + notify.getMessage());
				} else if (action instanceof RejectAction reject) {
					rejection = new Outcome.Violation(reject.getErrorCode(), reject.getMessage(), true);
				}
			}
			if (rejection != null) {
				break;
			}
		}
		return new Outcome(fired, violations, approvals, asked, notifications, rejection);
	}

	private static boolean applies(Task declared, Task running) {
		return running == null || declared == null || declared == running;
	}

	private static String id(EObject element) {
		return element instanceof io.processware.model.solution.ModelElement model ? model.getId()
				: element instanceof NamedElement named ? named.getName() : String.valueOf(element);
	}

	/** {@code set invoice.status = "APPROVED"} writes into the invoice's map; {@code set x = …} into the facts. */
	@SuppressWarnings("unchecked")
	private static void assign(Map<String, Object> facts, SetAction set, Object value) {
		if (set.getTarget() instanceof SymbolRef ref) {
			facts.put(((io.processware.rules.rules.Fact) ref.getSymbol()).getName(), value);
			return;
		}
		if (set.getTarget() instanceof MemberAccess access) {
			Object owner = new Evaluator(facts).evaluate(access.getReceiver());
			if (owner instanceof Map<?, ?> map) {
				String member = access.getMember() instanceof NamedElement named ? named.getName() : null;
				((Map<String, Object>) map).put(member, value);
				return;
			}
		}
		throw new EvaluationException("cannot set a value there: the target must be a fact or a member of one");
	}
}
