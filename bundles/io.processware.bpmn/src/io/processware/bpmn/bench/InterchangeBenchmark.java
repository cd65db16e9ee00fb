package io.processware.bpmn.bench;

import java.io.IOException;
import java.util.Arrays;

import io.processware.bpmn.BpmnDocument;
import io.processware.bpmn.BpmnExporter;
import io.processware.bpmn.BpmnImportException;
import io.processware.bpmn.BpmnImporter;
import io.processware.bpmn.fidelity.InterchangeInventory;

/**
 * Measures import and export of generated BPMN files. Not a test: figures depend on the machine.
 * Each size is warmed up first (the JIT and the schema cache would otherwise dominate the small
 * sizes), then measured several times; the median resists the odd garbage collection.
 */
public final class InterchangeBenchmark {
	/** The sizes bpmn-js's own benchmarks use. */
	public static final int[] DEFAULT_SIZES = { 50, 1_000, 4_000, 8_000 };
	private static final int WARM_UP_RUNS = 2;

	private InterchangeBenchmark() {
	}

	/** @return the figures for a file of about {@code elements} elements */
	public static BenchmarkResult measure(int elements, int runs) throws BpmnImportException, IOException {
		byte[] content = SyntheticProcess.withElements(elements);
		BpmnDocument document = BpmnImporter.read(content, "generated-" + elements + ".bpmn");
		InterchangeInventory inventory = InterchangeInventory.of(document.model());
		int actualElements = inventory.shapes() + inventory.edges();
		for (int i = 0; i < WARM_UP_RUNS; i++) {
			BpmnExporter.toBytes(BpmnImporter.read(content, "warm-up"));
		}
		double[] imports = new double[runs];
		double[] exports = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			BpmnDocument imported = BpmnImporter.read(content, "run");
			long importedAt = System.nanoTime();
			BpmnExporter.toBytes(imported);
			long exportedAt = System.nanoTime();
			imports[i] = (importedAt - start) / 1e6;
			exports[i] = (exportedAt - importedAt) / 1e6;
		}
		return new BenchmarkResult(actualElements, content.length, median(imports), median(exports), runs);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
