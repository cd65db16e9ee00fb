package io.processware.generator.application;

/**
 * Facts for which the rules interpreter answered, at generation time: one generated test.
 *
 * @param test     the test's Java name
 * @param task     the id of the task whose rules run, or null for all of them
 * @param facts    the facts as JSON (the generated tests turn it into entities), as a Java string literal
 * @param expected the interpreter's answer in the test helper's notation, as a Java string literal
 * @param variables the same facts as process variables (JSON), as a Java string literal
 * @param step     what a process step records for the task's outcome, as a Java string literal
 */
public record RuleExample(String test, String task, String facts, String expected, String variables, String step) {
}
