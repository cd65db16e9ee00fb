package io.processware.generator.application;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.rules.rules.DecisionTable;

/**
 * A decision table of the rules language as a plain Java class: one boolean expression per row over
 * the inputs, the outputs as Java literals, and the hit policy spelled out (no rule engine).
 *
 * @param source      the table in its rules file
 * @param className   the Java class
 * @param policy      UNIQUE, FIRST, PRIORITY, ANY or COLLECT
 * @param aggregation for COLLECT: sum, min, max or count; else null
 * @param inputs      the inputs' Java parameter names, in the table's order
 * @param inputTypes  their Java types, from the rules language's types (Object where unknown)
 * @param outputs     the outputs
 * @param rows        the rows, in table order
 * @param examples    per row for which one was found, an accepted input and the interpreter's answer
 */
public record DecisionTableModel(DecisionTable source, String className, String policy, String aggregation,
		List<String> inputs, List<String> inputTypes, List<Output> outputs, List<Row> rows, List<RowExample> examples) implements ModelView {

	/**
	 * @param name    the output's name in the rules file
	 * @param field   its Java component name
	 * @param ranking for PRIORITY: the values in rank order, as Java literals (first = highest)
	 */
	public record Output(String name, String field, List<String> ranking) {
	}

	/**
	 * @param number    the row's 1-based number, as the interpreter reports it
	 * @param condition a Java boolean expression over the inputs
	 * @param results   the outputs as Java literals
	 */
	public record Row(int number, String condition, List<String> results) {
	}

	/** @return the Java type decide() returns */
	public String resultType() {
		return collectsAll() ? "java.util.List<Result>" : aggregates() ? "Object" : "Result";
	}

	/** @return the Java type decide() returns, outside the table's class */
	public String qualifiedResultType() {
		return collectsAll() ? "java.util.List<" + className + ".Result>" : aggregates() ? "Object" : className + ".Result";
	}

	/** @return whether decide() returns every match rather than one result */
	public boolean collectsAll() {
		return "COLLECT".equals(policy) && aggregation == null;
	}

	/** @return whether decide() returns one aggregated value */
	public boolean aggregates() {
		return "COLLECT".equals(policy) && aggregation != null;
	}

	@Override
	public Object element() {
		return source;
	}
}
