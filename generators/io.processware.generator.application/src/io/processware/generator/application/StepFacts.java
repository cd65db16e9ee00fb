package io.processware.generator.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.processware.model.process.Task;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.Outcome;
import io.processware.rules.interpreter.RuleEngine;
import io.processware.rules.rules.RuleFile;

/**
 * Finds, at generation time, facts on which a task's rules pass or refuse — what a process path's
 * test gives the process so that the step's own rules send it down the path (a flow condition reads
 * {@code <task>.passed}, which the step writes). Facts are searched with the rules interpreter: from
 * random facts, one member at a time is drawn again and kept when the rules refuse no more than before
 * (for passing facts: fewer errors and no rejection), so the search climbs towards facts the rules
 * accept. Values the path needs elsewhere (a decision table's input read from the same entity) are
 * pinned and never drawn again. Only tasks whose rules lie in one rules file are searched.
 */
final class StepFacts {

	/** Draws per search: enough for the example's invoice (about a hundred), cheap when there is no answer. */
	private static final int SEARCH = 10_000;

	private final RuleFile file;
	private final String name;
	private final Task task;
	/** What was found per verdict and pins: several paths ask the same. */
	private final Map<String, Map<String, String>> found = new java.util.HashMap<>();

	/**
	 * @param file the one rules file with the task's constraints and rules
	 * @param name the rules file's name (seeds the random facts)
	 * @param task the task
	 */
	StepFacts(RuleFile file, String name, Task task) {
		this.file = file;
		this.name = name;
		this.task = task;
	}

	/**
	 * @param passed whether the task's rules must pass (else refuse: an error or a rejection)
	 * @param pins   values fixed at paths of the facts ({@code invoice.grossAmount}), as the interpreter holds them
	 * @return per fact, its value as a process variable's JSON; null when none was found
	 */
	Map<String, String> find(boolean passed, Map<String, Object> pins) {
		return found.computeIfAbsent(passed + " " + pins, key -> search(passed, pins));
	}

	private Map<String, String> search(boolean passed, Map<String, Object> pins) {
		RuleCases random = new RuleCases(file, name + (passed ? "/passes" : "/refuses"));
		pins.values().forEach(random::consider);
		Map<String, Object> facts = random.randomFacts();
		pin(facts, pins);
		int score = score(facts, passed);
		for (int i = 0; i < SEARCH && score > 0; i++) {
			Map<String, Object> next = RuleCases.copyOf(facts);
			random.redraw(next);
			pin(next, pins);
			int nextScore = score(next, passed);
			if (nextScore <= score) {
				facts = next;
				score = nextScore;
			}
		}
		if (score > 0) {
			return null;
		}
		Map<String, String> variables = new LinkedHashMap<>();
		facts.forEach((fact, value) -> variables.put(fact, RuleCases.VariablesJson.of(value)));
		return variables;
	}

	/** 0 when the rules decide as wanted; else how far off (errors and a rejection), large when they fail. */
	private int score(Map<String, Object> facts, boolean passed) {
		Map<String, Object> copy = RuleCases.copyOf(facts);
		Outcome outcome;
		try {
			outcome = RuleEngine.run(file, task, copy, new Evaluator(copy, RuleCases.TODAY, slot -> Map.of()));
		} catch (RuntimeException e) {
			return 1_000;
		}
		int refusals = (int) outcome.violations().stream().filter(Outcome.Violation::error).count()
				+ (outcome.rejected() ? 1 : 0);
		return passed ? refusals : refusals > 0 ? 0 : 1;
	}

	@SuppressWarnings("unchecked")
	private static void pin(Map<String, Object> facts, Map<String, Object> pins) {
		pins.forEach((path, value) -> {
			List<String> segments = new ArrayList<>(List.of(path.split("\\.")));
			Map<String, Object> at = facts;
			for (int i = 0; i < segments.size() - 1 && at != null; i++) {
				String key = key(at, segments.get(i));
				Object member = key == null ? null : at.get(key);
				if (member == null && key != null) {
					member = new LinkedHashMap<String, Object>();
					at.put(key, member);
				}
				at = member instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
			}
			String key = at == null ? null : key(at, segments.get(segments.size() - 1));
			if (key != null || at != null && segments.size() > 1) {
				at.put(key == null ? segments.get(segments.size() - 1) : key, value);
			}
		});
	}

	/** The key of a member as the generated service matches names: case, '-' and '_' do not count. */
	private static String key(Map<String, Object> map, String name) {
		return map.keySet().stream().filter(k -> PathInputs.normalize(k).equals(PathInputs.normalize(name))).findFirst()
				.orElse(null);
	}
}
