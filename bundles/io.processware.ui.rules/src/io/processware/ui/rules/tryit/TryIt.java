package io.processware.ui.rules.tryit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;

import io.processware.rules.interpreter.Decision;
import io.processware.rules.interpreter.DecisionTables;
import io.processware.rules.interpreter.EvaluationException;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.Outcome;
import io.processware.rules.interpreter.RuleEngine;
import io.processware.rules.rules.Declaration;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.RuleFile;

/**
 * "Try it": evaluates one decision table or rule of the open file on inputs the analyst typed, with
 * the rules interpreter (the same semantics the generated code must match), and says what came out.
 */
public final class TryIt {

	private TryIt() {
	}

	/** @return the names of the file's decision tables and rules, in file order */
	public static List<String> candidates(Resource resource) {
		List<String> names = new ArrayList<>();
		RuleFile file = file(resource);
		if (file != null) {
			for (Declaration declaration : file.getDeclarations()) {
				if (declaration instanceof DecisionTable table) {
					names.add(table.getName());
				} else if (declaration instanceof Rule rule) {
					names.add(rule.getName());
				}
			}
		}
		return names;
	}

	/** @return what the table or rule gives for the inputs, as lines for the analyst to read */
	public static String evaluate(Resource resource, String name, String inputs) {
		RuleFile file = file(resource);
		if (file == null) {
			return "The file does not parse: fix its errors first.";
		}
		Map<String, Object> facts;
		try {
			facts = FactInput.parse(inputs);
		} catch (IllegalArgumentException wrong) {
			return "Inputs, " + wrong.getMessage();
		}
		try {
			for (Declaration declaration : file.getDeclarations()) {
				if (declaration instanceof DecisionTable table && name.equals(table.getName())) {
					return describe(DecisionTables.decide(table, new Evaluator(facts)));
				}
				if (declaration instanceof Rule rule && name.equals(rule.getName())) {
					return describe(rule, RuleEngine.run(file, rule.getTask(), facts, new Evaluator(facts)));
				}
			}
		} catch (EvaluationException | IllegalStateException failed) {
			return "Evaluation stopped: " + failed.getMessage();
		}
		return "The file has no table or rule named '" + name + "'.";
	}

	private static RuleFile file(Resource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file) ? null : file;
	}

	private static String describe(Decision decision) {
		StringBuilder text = new StringBuilder();
		text.append(decision.matchedRows().isEmpty() ? "No row matches."
				: "Matching rows: " + decision.matchedRows().stream().map(String::valueOf).collect(Collectors.joining(", ")))
				.append('\n');
		if (decision.value() instanceof Map<?, ?> outputs) {
			outputs.forEach((output, value) -> text.append(output).append(" = ").append(value).append('\n'));
		} else if (decision.value() != null) {
			text.append("Result: ").append(decision.value()).append('\n');
		}
		return text.toString();
	}

	private static String describe(Rule rule, Outcome outcome) {
		StringBuilder text = new StringBuilder();
		text.append(outcome.firedRules().contains(rule.getName()) ? "Rule " + rule.getName() + " fires."
				: "Rule " + rule.getName() + " does not fire.").append('\n');
		if (!outcome.firedRules().isEmpty()) {
			text.append("Fired for the task: ").append(String.join(", ", outcome.firedRules())).append('\n');
		}
		outcome.approvals().forEach(role -> text.append("Approval required: ").append(role).append('\n'));
		outcome.notifications().forEach(note -> text.append("Notify ").append(note).append('\n'));
		outcome.askedSlots().forEach(slot -> text.append("Asks the LLM slot ").append(slot).append('\n'));
		outcome.violations().forEach(violation -> text.append(violation.error() ? "Violated: " : "Warning: ")
				.append(violation.code()).append(" - ").append(violation.message()).append('\n'));
		if (outcome.rejected()) {
			text.append("Rejected: ").append(outcome.rejection().code()).append(" - ").append(outcome.rejection().message()).append('\n');
		}
		return text.toString();
	}
}
