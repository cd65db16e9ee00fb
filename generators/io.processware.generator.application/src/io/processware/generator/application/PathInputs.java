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
 * Finds, per path, start variables that make the generated state machine take it: a search over
 * candidate values of the variables its gateways test (the constants they are compared with and
 * values beside them, yes and no, absent), where a variable a decision table on the path decides is
 * given through the table's inputs instead (the input of one of its rows, whose answer the rules
 * interpreter computed). The path is simulated with the generated engine's semantics for each
 * candidate; the first that takes the path wins.
 */
final class PathInputs {

	private static final int MAX_CANDIDATES = 20_000;

	/** A candidate value of one tested variable: a constant, absent, or a row of a table. */
	private record Candidate(Object value, TaskModel.TableCall table, RowExample row) {
	}

	private PathInputs() {
	}

	static List<PathModel> drive(ProcessModel process, List<List<ProcessPaths.Step>> paths) {
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
			List<PathModel.Input> inputs = inputs(path);
			models.add(new PathModel(models.size() + 1, nodes, flows, nodes.get(nodes.size() - 1), List.copyOf(triggers),
					inputs == null ? List.of() : inputs, inputs != null));
		}
		return List.copyOf(models);
	}

	/** @return the inputs that drive the path, or null when none were found */
	private static List<PathModel.Input> inputs(List<ProcessPaths.Step> path) {
		List<TaskModel.TableCall> tables = new ArrayList<>();
		Set<String> tested = new LinkedHashSet<>();
		for (ProcessPaths.Step step : path) {
			if (step.node().task() != null) {
				tables.addAll(step.node().task().tables());
			}
			if (isDecision(step.node())) {
				step.node().outgoing().stream().filter(f -> f.condition() != null)
						.forEach(f -> tested.addAll(f.condition().variables()));
			}
		}
		List<String> variables = List.copyOf(tested);
		List<List<Candidate>> candidates = new ArrayList<>();
		for (String variable : variables) {
			candidates.add(candidates(variable, path, tables));
		}
		int[] choice = new int[variables.size()];
		for (int tried = 0; tried < MAX_CANDIDATES; tried++) {
			Map<String, Candidate> assignment = new LinkedHashMap<>();
			for (int i = 0; i < variables.size(); i++) {
				assignment.put(variables.get(i), candidates.get(i).get(choice[i]));
			}
			List<PathModel.Input> inputs = simulate(path, tables, assignment);
			if (inputs != null) {
				return inputs;
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

	private static List<Candidate> candidates(String variable, List<ProcessPaths.Step> path,
			List<TaskModel.TableCall> tables) {
		List<Candidate> candidates = new ArrayList<>();
		for (TaskModel.TableCall table : tables) {
			if (decides(table, variable)) {
				table.table().examples().stream().filter(e -> e.expected() != null)
						.forEach(e -> candidates.add(new Candidate(null, table, e)));
				return candidates;
			}
		}
		Set<Object> values = new LinkedHashSet<>();
		for (ProcessPaths.Step step : path) {
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

	/** Walks the path as the generated engine would; returns the start variables, or null if it strays. */
	private static List<PathModel.Input> simulate(List<ProcessPaths.Step> path, List<TaskModel.TableCall> tables,
			Map<String, Candidate> assignment) {
		Map<String, Object> variables = new HashMap<>();
		Map<String, String> inputs = new LinkedHashMap<>();
		Map<TaskModel.TableCall, RowExample> rows = new HashMap<>();
		for (Map.Entry<String, Candidate> entry : assignment.entrySet()) {
			Candidate candidate = entry.getValue();
			if (candidate.table() != null) {
				rows.put(candidate.table(), candidate.row());
			} else if (candidate.value() != null) {
				variables.put(normalize(entry.getKey()), candidate.value());
				inputs.put(entry.getKey(), literal(candidate.value()));
			}
		}
		for (TaskModel.TableCall table : tables) {
			RowExample row = rows.computeIfAbsent(table, t -> t.table().examples().stream()
					.filter(e -> e.expected() != null).findFirst().orElse(null));
			if (row == null) {
				return null;
			}
			for (int i = 0; i < table.inputPaths().size(); i++) {
				inputs.put(table.inputPaths().get(i), row.inputs().get(i));
			}
		}
		for (ProcessPaths.Step step : path) {
			NodeModel node = step.node();
			if (node.task() != null) {
				for (TaskModel.TableCall table : node.task().tables()) {
					decide(table, rows.get(table), variables);
				}
			}
			if (isDecision(node) && step.via() != null && !taken(node, variables).contains(step.via())) {
				return null;
			}
		}
		return inputs.entrySet().stream().map(e -> new PathModel.Input(e.getKey(), e.getValue())).toList();
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

	/** The generated service's variable-name matching: case, '-' and '_' do not count. */
	static String normalize(String path) {
		return path.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}
}
