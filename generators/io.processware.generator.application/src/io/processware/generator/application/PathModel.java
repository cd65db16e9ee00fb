package io.processware.generator.application;

import java.util.List;

/**
 * One path through a process from its start event to an end event, and the variables that make
 * the state machine take it (found by {@link PathInputs}).
 *
 * @param number   1-based, in enumeration order
 * @param nodes    the node ids along the path
 * @param flows    the sequence-flow ids along the path
 * @param endEvent the end event it reaches
 * @param triggers the boundary events the path needs to be triggered, in order
 * @param inputs      the start variables that drive it; empty when {@code drivable} is false
 * @param completions per work item along the path (in order), the variables people complete it with
 * @param drivable    whether such variables were found
 * @param disabledReason why its test is disabled, when it is not drivable; else null
 */
public record PathModel(int number, List<String> nodes, List<String> flows, String endEvent, List<String> triggers,
		List<Input> inputs, List<List<Input>> completions, boolean drivable, String disabledReason) {

	/**
	 * @param path    the variable path
	 * @param literal its value as a Java expression
	 */
	public record Input(String path, String literal) {
	}

	/** @return the generated test method's name */
	public String testName() {
		return "path" + number + "To" + Names.javaType(endEvent.substring(endEvent.lastIndexOf('.') + 1));
	}
}
