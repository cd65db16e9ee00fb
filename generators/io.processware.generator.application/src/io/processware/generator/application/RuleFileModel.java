package io.processware.generator.application;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.rules.rules.RuleFile;

/**
 * A rules file as one plain Java class of the generated service, holding its facts for one
 * evaluation (as the interpreter's evaluator does): computed values, decision tables and slot
 * answers are methods remembered once computed; constraints, approval thresholds and rules run per
 * task. Every expression is already Java (see {@link ExpressionCompiler}).
 *
 * @param source      the rules file
 * @param name        its rule set's name (or the file's)
 * @param className   the Java class
 * @param facts       its {@code given} facts: the constructor's parameters
 * @param computed    its computed values
 * @param tables      its decision tables, with their inputs computed from the facts
 * @param slots       its runtime-LLM slots
 * @param constraints its constraints, in declaration order
 * @param approvals   its approval thresholds, in declaration order
 * @param rules       its rules, in firing order (priority, then as written)
 * @param written     what its {@code set} actions write, readable after a run
 * @param serviceLevels its SLAs
 * @param examples    test inputs with the interpreter's answers: one per constraint, rule and approval step
 * @param agreement   random inputs with the interpreter's answers, for the agreement test
 * @param runs        the tasks the agreement test runs, in order ("" for all of them at once)
 * @param values      the computed values and tables the agreement test prints, as Java calls, in declaration order
 * @param apiExamples per invariant: an entity as the API receives it that breaks it (the interpreter says so)
 * @param readsToday  whether its rules call today() (a process step takes the real date, the tests a fixed one)
 */
public record RuleFileModel(RuleFile source, String name, String className, List<FactModel> facts,
		List<Computed> computed, List<TableUse> tables, List<Slot> slots, List<ConstraintModel> constraints,
		List<ApprovalModel> approvals, List<RuleModel> rules, List<Written> written, List<SlaModel> serviceLevels,
		List<RuleExample> examples, List<RuleExample> agreement, List<String> runs, List<String> values,
		List<ApiExample> apiExamples, boolean readsToday) implements ModelView {

	/**
	 * @param test       the test's Java name
	 * @param entity     the entity's Java class
	 * @param collection its REST collection's path
	 * @param json       the request body, as a Java string literal
	 * @param code       the violation's code the API must answer with
	 */
	public record ApiExample(String test, String entity, String collection, String json, String code) {
	}

	/**
	 * @param name     the fact's name in the rules file
	 * @param field    its Java field
	 * @param javaType its Java type
	 * @param reader   for the generated tests: how a JSON value becomes it ({@code RuleFacts.invoice})
	 */
	public record FactModel(String name, String field, String javaType, String reader) {
	}

	public record Computed(String name, String method, String value) {
	}

	/**
	 * @param table  the compiled table
	 * @param method the Java method of the rules class answering it
	 * @param inputs its inputs computed from the facts, cast to the table's input types
	 */
	public record TableUse(DecisionTableModel table, String method, List<String> inputs) {
	}

	public record Slot(String name, String method, List<Input> inputs) {
	}

	public record Input(String name, String value) {
	}

	/**
	 * @param task      the id of the task it belongs to, or null for every task
	 * @param condition a Java condition
	 * @param invariantOf for a constraint of no task that reads one entity fact only: that fact's
	 *                  field (the API enforces it wherever the entity is written); else null
	 */
	public record ConstraintModel(String name, String task, String condition, String code, String message,
			boolean error, String invariantOf) {
	}

	/** @return the facts whose entity has invariants here: the API checks them on every write */
	public List<FactModel> invariantFacts() {
		return facts.stream().filter(fact -> constraints.stream().anyMatch(c -> fact.field().equals(c.invariantOf())))
				.toList();
	}

	public record ApprovalModel(String name, String task, List<Step> steps) {
	}

	/** @param role the id of the role that must approve */
	public record Step(String role, String condition) {
	}

	/** @param actions Java statements, in order */
	public record RuleModel(String name, String task, int priority, String condition, List<String> actions) {
	}

	/** @param text the target as written in the rules file; @param value a Java expression reading it */
	public record Written(String text, String value) {
	}

	/** @param within a DurationValue literal; @param warnAfter one, or "null" */
	public record SlaModel(String name, String target, String within, String warnAfter, String escalateTo) {
	}

	/** @return the date the generated rule tests take for today (the interpreter's at generation time) */
	public String today() {
		return RuleCases.TODAY.toString();
	}

	/** @return the ids of the tasks its declarations name, in order of appearance */
	public List<String> tasks() {
		java.util.LinkedHashSet<String> tasks = new java.util.LinkedHashSet<>();
		tables.forEach(t -> add(tasks, RuleFileCompiler.id(t.table().source().getTask())));
		constraints.forEach(c -> add(tasks, c.task()));
		approvals.forEach(a -> add(tasks, a.task()));
		rules.forEach(r -> add(tasks, r.task()));
		return List.copyOf(tasks);
	}

	private static void add(java.util.Set<String> tasks, String task) {
		if (task != null) {
			tasks.add(task);
		}
	}

	@Override
	public Object element() {
		return source;
	}
}
