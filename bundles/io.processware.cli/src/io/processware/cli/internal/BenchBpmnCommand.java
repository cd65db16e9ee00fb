package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.bpmn.BpmnImportException;
import io.processware.bpmn.bench.BenchmarkResult;
import io.processware.bpmn.bench.InterchangeBenchmark;
import io.processware.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code processware bench bpmn}: import and export times of generated BPMN files. */
@Command(name = "bpmn",
		description = { "Import and export generated BPMN files (one process, a shape per node, an edge per flow) "
				+ "of about 50, 1,000, 4,000 and 8,000 elements, the sizes bpmn-js benchmarks use, and print "
				+ "the median times.", "Record the figures in docs/benchmarks-bpmn.md." })
public final class BenchBpmnCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--sizes", split = ",", paramLabel = "<elements>",
			description = "the file sizes in elements (default: 50,1000,4000,8000)")
	private int[] sizes = InterchangeBenchmark.DEFAULT_SIZES;

	@Option(names = "--runs", paramLabel = "<n>", description = "measured runs per size, after warm-up (default: 5)")
	private int runs = 5;

	@Override
	public Integer call() throws BpmnImportException, IOException {
		for (int size : sizes) {
			if (size <= 0) {
				throw new CommandFailure(NLS.bind(CliMessages.bpmnBenchBadSize, Integer.valueOf(size)));
			}
		}
		if (runs <= 0) {
			throw new CommandFailure(NLS.bind(CliMessages.bpmnBenchBadRuns, Integer.valueOf(runs)));
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println(NLS.bind(CliMessages.bpmnBenchIntro, new Object[] { Integer.valueOf(runs),
				System.getProperty("java.version"), Integer.valueOf(Runtime.getRuntime().availableProcessors()) }));
		TextTable table = new TextTable(CliMessages.bpmnBenchHeader);
		for (int size : sizes) {
			BenchmarkResult result = InterchangeBenchmark.measure(size, runs);
			table.row(Integer.valueOf(result.elements()), String.format(Locale.ROOT, "%,d", Integer.valueOf(result.bytes())),
					String.format(Locale.ROOT, "%.1f", Double.valueOf(result.importMillis())),
					String.format(Locale.ROOT, "%.1f", Double.valueOf(result.exportMillis())),
					Integer.valueOf(result.runs()));
		}
		table.print(out);
		return Integer.valueOf(ExitCode.OK.code());
	}
}
