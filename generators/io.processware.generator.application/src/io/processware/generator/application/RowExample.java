package io.processware.generator.application;

import java.util.List;

/**
 * An input a decision-table row accepts and the rules interpreter's answer for it: one generated test.
 *
 * @param row      the row's number
 * @param inputs   the inputs, as Java literals
 * @param expected the answer as a Java string literal in the test helper's notation, or null when the
 *                 interpreter reports an error for this input (the test then expects one too)
 * @param values   the inputs as the rules interpreter holds them (a process path pins them in the facts
 *                 its steps' rules are searched on)
 */
public record RowExample(int row, List<String> inputs, String expected, List<Object> values) {
}
