package io.processware.generator.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds, per path, variables that make the generated state machine take it. The path is cut into
 * segments at the work that comes to people (user and receive tasks, and steps with a runtime-LLM
 * slot, which the generated tests run without a model); the first segment's variables are given at
 * the start, each later one's when the work item before it is completed — so a loop can be left on
 * its second pass. Per segment, candidate values of the variables its gateways test are searched
 * (the constants they are compared with and values beside them, yes and no, absent); a variable a
 * decision table on the path decides is given through the table's inputs instead (the input of one
 * of its rows, whose answer the rules interpreter computed). Each candidate is simulated with the
 * generated engine's semantics; the first that takes the segment's flows wins. A variable a step's own
 * rules decide ({@code <task>.passed}) is given through the rules' facts instead: facts on which they
 * pass or refuse ({@link StepFacts}), given before the step runs, with the inputs of the path's
 * decision-table rows pinned in them.
 */
final class PathInputs {

	private static final int MAX_CANDIDATES = 20_000;

	/** A candidate value of one tested variable: a constant, absent, a row of a table, or a step's rules' verdict. */
	private record Candidate(Object value, TaskModel.TableCall table, RowExample row, String step, boolean passes) {
		Candidate(Object value, TaskModel.TableCall table, RowExample row) {
			this(value, table, row, null, false);
		}
	}

	/** What a simulation has established so far. */
	private static final class State {
		final Map<String, Object> variables = new HashMap<>();
		final Map<TaskModel.TableCall, RowExample> rows = new HashMap<>();
		/** Per step whose rules decide a tested variable: whether they must pass. */
		final Map<String, Boolean> passes = new LinkedHashMap<>();
		final Map<String, String> start = new LinkedHashMap<>();
		final List<Map<String, String>> completions = new ArrayList<>();

		State copy() {
			State copy = new State();
			copy.variables.putAll(variables);
			copy.rows.putAll(rows);
			copy.passes.putAll(passes);
			copy.start.putAll(start);
			completions.forEach(c -> copy.completions.add(new LinkedHashMap<>(c)));
			return copy;
		}
	}

	private PathInputs() {
	}

	static List<PathModel> drive(ProcessModel process, List<List<ProcessPaths.Step>> paths) {
		return drive(process, paths, Map.of());
	}

	/**
	 * @param rules per task id, the search for facts its rules decide on (tasks whose step writes
	 *              {@code <task>.passed})
	 */
	static List<PathModel> drive(ProcessModel process, List<List<ProcessPaths.Step>> paths, Map<String, StepFacts> rules) {
		List<PathModel> models = new ArrayList<>();
		for (List<ProcessPaths.Step> path : paths) {
			List<String> nodes = path.stream().map(s -> s.node().id()).toList();
			List<String> flows = path.stream().map(ProcessPaths.Step::via).filter(v -> v != null).toList();
			List<String> triggers = new ArrayList<>();
			for (int i = 0; i + 1 < path.size(); i++) {
				if (path.get(i).via() == null) {
					triggers.add(path.get(i + 1).node().id());
				}
			}
			State state = drive(path, rules);
			models.add(new PathModel(models.size() + 1, nodes, flows, nodes.get(nodes.size() - 1), List.copyOf(triggers),
					state == null ? List.of() : inputs(state.start),
					state == null ? List.of() : state.completions.stream().map(PathInputs::inputs).toList(),
					state != null, state != null ? null : whyNotDrivable(path)));
		}
		return List.copyOf(models);
	}

	/** Why no test can take the path: a step rejected without a model, else no variables found. */
	private static String whyNotDrivable(List<ProcessPaths.Step> path) {
		for (int i = 0; i < path.size(); i++) {
			NodeModel node = path.get(i).node();
			if (rejects(node.task()) && (i + 1 == path.size() || !path.get(i + 1).node().isRejectionEvent())) {
				return "step " + node.id() + " asks a language model and is rejected without one (its slot's fallback "
						+ "is REJECT); the generated tests run without a model";
			}
		}
		return "Processware found no start variables that make the gateways take this path";
	}

	private static List<PathModel.Input> inputs(Map<String, String> values) {
		return values.entrySet().stream().map(e -> new PathModel.Input(e.getKey(), e.getValue())).toList();
	}

	/** @return the state after the whole path, or null when no variables drive it */
	private static State drive(List<ProcessPaths.Step> path, Map<String, StepFacts> rules) {
		List<TaskModel.TableCall> tables = new ArrayList<>();
		path.stream().filter(s -> s.node().task() != null).forEach(s -> tables.addAll(s.node().task().tables()));
		Map<String, Integer> stepSegments = new LinkedHashMap<>();
		int counted = 0;
		for (int i = 0; i < path.size(); i++) {
			NodeModel node = path.get(i).node();
			if (node.task() != null && rules.containsKey(node.id())) {
				stepSegments.putIfAbsent(node.id(), counted);
			}
			if (toPeople(node)) {
				counted++;
			}
		}
		State state = new State();
		List<ProcessPaths.Step> segment = new ArrayList<>();
		int segments = 0;
		for (int i = 0; i < path.size(); i++) {
			segment.add(path.get(i));
			if (i == path.size() - 1 || toPeople(path.get(i).node())) {
				state = segment(state, segment, tables, stepSegments.keySet(), segments++);
				if (state == null) {
					return null;
				}
				segment = new ArrayList<>();
			}
		}
		for (TaskModel.TableCall table : tables) {
			RowExample row = state.rows.get(table);
			for (int i = 0; row != null && i < table.inputPaths().size(); i++) {
				state.start.put(table.inputPaths().get(i), row.inputs().get(i));
			}
		}
		return giveFacts(state, tables, rules, stepSegments) ? state : null;
	}

	/** Gives each step whose verdict the path needs facts its rules decide so on, before the step runs. */
	private static boolean giveFacts(State state, List<TaskModel.TableCall> tables, Map<String, StepFacts> rules,
			Map<String, Integer> stepSegments) {
		Map<String, Object> pins = new LinkedHashMap<>();
		for (TaskModel.TableCall table : tables) {
			RowExample row = state.rows.get(table);
			for (int i = 0; row != null && i < table.inputPaths().size(); i++) {
				pins.put(table.inputPaths().get(i), row.values().get(i));
			}
		}
		for (Map.Entry<String, Boolean> verdict : state.passes.entrySet()) {
			Map<String, String> facts = rules.get(verdict.getKey()).find(verdict.getValue(), pins);
			if (facts == null) {
				return false;
			}
			int segment = stepSegments.get(verdict.getKey());
			while (state.completions.size() < segment) {
				state.completions.add(new LinkedHashMap<>());
			}
			Map<String, String> given = segment == 0 ? state.start : state.completions.get(segment - 1);
			facts.forEach((fact, json) -> given.put(fact, "json.readValue(" + RuleFileCompiler.string(json)
					+ ", Object.class)"));
		}
		return true;
	}

	/** Work the generated tests hand to people: user and receive tasks, and routed steps (no model there). */
	private static boolean toPeople(NodeModel node) {
		TaskModel task = node.task();
		return task != null && (task.type().equals("USER") || task.type().equals("RECEIVE")
				|| task.routed() && !rejects(task) && !task.slot().fallback().equals("RULE_DEFAULT"));
	}

	/** A routed step whose slot's fallback is REJECT: with no model (the tests) it is always rejected. */
	private static boolean rejects(TaskModel task) {
		return task != null && task.routed() && task.slot().fallback().equals("REJECT");
	}

	private static State segment(State before, List<ProcessPaths.Step> segment, List<TaskModel.TableCall> tables,
			java.util.Collection<String> ruledSteps, int number) {
		Set<String> tested = new LinkedHashSet<>();
		for (ProcessPaths.Step step : segment) {
			if (isDecision(step.node())) {
				step.node().outgoing().stream().filter(f -> f.condition() != null)
						.forEach(f -> tested.addAll(f.condition().variables()));
			}
		}
		List<String> variables = List.copyOf(tested);
		List<List<Candidate>> candidates = new ArrayList<>();
		for (String variable : variables) {
			candidates.add(candidates(variable, segment, tables, ruledSteps, before));
		}
		int[] choice = new int[variables.size()];
		for (int tried = 0; tried < MAX_CANDIDATES; tried++) {
			State state = before.copy();
			if (number > 0) {
				state.completions.add(new LinkedHashMap<>());
			}
			Map<String, String> given = number == 0 ? state.start : state.completions.get(number - 1);
			for (int i = 0; i < variables.size(); i++) {
				Candidate candidate = candidates.get(i).get(choice[i]);
				if (candidate.step() != null) {
					state.passes.put(candidate.step(), candidate.passes());
					state.variables.put(passedVariable(candidate.step()), candidate.passes());
				} else if (candidate.table() != null) {
					state.rows.put(candidate.table(), candidate.row());
				} else if (candidate.value() != null) {
					state.variables.put(normalize(variables.get(i)), candidate.value());
					given.put(variables.get(i), literal(candidate.value()));
				}
			}
			if (simulate(segment, state)) {
				return state;
			}
			if (!next(choice, candidates)) {
				return null;
			}
		}
		return null;
	}

	private static boolean next(int[] choice, List<List<Candidate>> candidates) {
		for (int i = choice.length - 1; i >= 0; i--) {
			if (++choice[i] < candidates.get(i).size()) {
				return true;
			}
			choice[i] = 0;
		}
		return false;
	}

	private static List<Candidate> candidates(String variable, List<ProcessPaths.Step> segment,
			List<TaskModel.TableCall> tables, java.util.Collection<String> ruledSteps, State before) {
		List<Candidate> candidates = new ArrayList<>();
		for (String step : ruledSteps) {
			if (normalize(variable).equals(passedVariable(step))) {
				Boolean chosen = before.passes.get(step);
				for (boolean passes : chosen != null ? List.of(chosen) : List.of(true, false)) {
					candidates.add(new Candidate(null, null, null, step, passes));
				}
				return candidates;
			}
		}
		for (TaskModel.TableCall table : tables) {
			if (decides(table, variable)) {
				RowExample chosen = before.rows.get(table);
				if (chosen != null) {
					candidates.add(new Candidate(null, table, chosen));
				} else {
					table.table().examples().stream().filter(e -> e.expected() != null)
							.forEach(e -> candidates.add(new Candidate(null, table, e)));
				}
				return candidates;
			}
		}
		Set<Object> values = new LinkedHashSet<>();
		for (ProcessPaths.Step step : segment) {
			for (FlowModel flow : step.node().outgoing()) {
				if (flow.condition() != null) {
					for (Object constant : flow.condition().comparedConstants().getOrDefault(variable, List.of())) {
						values.add(constant);
						if (constant instanceof BigDecimal number) {
							values.add(number.add(BigDecimal.ONE));
							values.add(number.subtract(BigDecimal.ONE));
						} else if (constant instanceof String text) {
							values.add(text + "_OTHER");
						} else if (constant instanceof Boolean yes) {
							values.add(!yes);
						}
					}
				}
			}
		}
		values.add(Boolean.TRUE);
		values.add(Boolean.FALSE);
		values.forEach(v -> candidates.add(new Candidate(v, null, null)));
		candidates.add(new Candidate(null, null, null));
		return candidates;
	}

	/** Walks a segment as the generated engine would; false if it strays from the path. */
	private static boolean simulate(List<ProcessPaths.Step> segment, State state) {
		for (int at = 0; at < segment.size(); at++) {
			ProcessPaths.Step step = segment.get(at);
			NodeModel node = step.node();
			if (rejects(node.task()) && (at + 1 == segment.size()
					|| !node.id().equals(segment.get(at + 1).node().attachedTo())
					|| !segment.get(at + 1).node().isRejectionEvent())) {
				return false; // rejected without a model: only its error boundary event's path is taken
			}
			if (node.task() != null) {
				Boolean passes = state.passes.get(node.id());
				if (passes != null) {
					state.variables.put(passedVariable(node.id()), passes);
				}
				for (TaskModel.TableCall table : node.task().tables()) {
					RowExample row = state.rows.computeIfAbsent(table, t -> t.table().examples().stream()
							.filter(e -> e.expected() != null).findFirst().orElse(null));
					if (row == null) {
						return false;
					}
					decide(table, row, state.variables);
				}
			}
			if (isDecision(node) && step.via() != null && !taken(node, state.variables).contains(step.via())) {
				return false;
			}
		}
		return true;
	}

	/** The flows a gateway takes, as the generated engine decides. */
	private static List<String> taken(NodeModel gateway, Map<String, Object> variables) {
		List<String> taken = new ArrayList<>();
		for (FlowModel flow : gateway.testedFlows()) {
			if (flow.condition() == null || flow.condition().holds(p -> variables.get(normalize(p)))) {
				taken.add(flow.id());
				if (gateway.kind().equals("EXCLUSIVE")) {
					return taken;
				}
			}
		}
		if (taken.isEmpty() && gateway.defaultFlow() != null) {
			taken.add(gateway.defaultFlow().id());
		}
		return taken;
	}

	private static void decide(TaskModel.TableCall table, RowExample row, Map<String, Object> variables) {
		List<String> results = table.table().rows().get(row.row() - 1).results();
		List<DecisionTableModel.Output> outputs = table.table().outputs();
		for (int i = 0; i < outputs.size(); i++) {
			Object value = value(results.get(i));
			variables.put(normalize(table.name() + "." + outputs.get(i).name()), value);
			if (i == 0) {
				variables.put(normalize(table.name()), value);
			}
		}
	}

	private static boolean decides(TaskModel.TableCall table, String variable) {
		String name = normalize(variable);
		if (name.equals(normalize(table.name()))) {
			return true;
		}
		return table.table().outputs().stream().anyMatch(o -> name.equals(normalize(table.name() + "." + o.name())));
	}

	private static boolean isDecision(NodeModel node) {
		return (node.kind().equals("EXCLUSIVE") || node.kind().equals("INCLUSIVE")) && node.outgoing().size() > 1;
	}

	/** A Java literal of a table's result back to a value (text, number or yes/no; else its text). */
	private static Object value(String literal) {
		if (literal.startsWith("\"")) {
			return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		if (literal.startsWith("new java.math.BigDecimal(\"")) {
			return new BigDecimal(literal.substring(26, literal.length() - 2));
		}
		if (literal.equals("true") || literal.equals("false")) {
			return Boolean.valueOf(literal);
		}
		return literal.equals("null") ? null : literal;
	}

	private static String literal(Object value) {
		if (value instanceof String text) {
			return FlowCondition.literal(text);
		}
		if (value instanceof BigDecimal number) {
			return "new java.math.BigDecimal(\"" + number.toPlainString() + "\")";
		}
		return String.valueOf(value);
	}

	/** The variable a step's rules write their verdict to (templates/rules/step-task-rules.ftl), normalized. */
	private static String passedVariable(String taskId) {
		return normalize(taskId.substring(taskId.lastIndexOf('.') + 1) + ".passed");
	}

	/** The generated service's variable-name matching: case, '-' and '_' do not count. */
	static String normalize(String path) {
		return path.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}
}
