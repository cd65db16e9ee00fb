package io.processware.bpmn.bench;

/**
 * The figures of one benchmark size; times are medians over the measured runs, in milliseconds.
 *
 * @param elements     flow nodes plus sequence flows in the generated file
 * @param bytes        the file's size
 * @param importMillis reading the file: first pass, schema-validating parse, model
 * @param exportMillis writing it back: schema validation and serialisation
 * @param runs         how many measured runs (after warm-up) the medians come from
 */
public record BenchmarkResult(int elements, int bytes, double importMillis, double exportMillis, int runs) {
}
