package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.rules.bench.RulesBenchmark;
import io.processware.rules.bench.SyntheticRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code processware bench rules}: parses and validates a long generated rules file and one with a
 * large decision table, printing the first (cold) and best (warm) time of each.
 */
@Command(name = "rules", description = "Measure parsing and validating business rules: a generated rules file "
		+ "(default 10,000 lines) and a UNIQUE decision table (default 500 rows), checked for gaps and overlaps "
		+ "(recorded in docs/benchmarks-rules.md).")
public final class BenchRulesCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--lines", defaultValue = "10000", description = "lines of the long file (default ${DEFAULT-VALUE})")
	private int lines;

	@Option(names = "--rows", defaultValue = "500", description = "rows of the decision table (default ${DEFAULT-VALUE})")
	private int rows;

	@Option(names = "--runs", defaultValue = "5", description = "measured runs (default ${DEFAULT-VALUE})")
	private int runs;

	@Override
	public Integer call() throws IOException {
		if (lines < 1 || rows < 3 || runs < 1) {
			throw new CommandFailure("--lines must be at least 1, --rows at least 3 and --runs at least 1");
		}
		Path folder = Files.createTempDirectory("processware-bench-rules");
		try {
			PrintWriter out = spec.commandLine().getOut();
			out.println(NLS.bind(CliMessages.benchMeasureHeader, "parse + validate", Integer.valueOf(runs)));
			boolean clean = print(out, RulesBenchmark.measure(folder, "long.rules", SyntheticRules.longFile(lines), runs));
			clean &= print(out, RulesBenchmark.measure(folder, "table.rules", SyntheticRules.tableFile(rows), runs));
			if (!clean) {
				spec.commandLine().getErr().println(CliMessages.benchRulesNotClean);
				return Integer.valueOf(ExitCode.PROBLEMS.code());
			}
			return Integer.valueOf(ExitCode.OK.code());
		} finally {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(folder);
		}
	}

	private static boolean print(PrintWriter out, RulesBenchmark.Figures figures) {
		out.println(NLS.bind(CliMessages.benchRulesLine, new Object[] { figures.name(), Integer.valueOf(figures.lines()),
				Long.valueOf(figures.firstMillis()), Long.valueOf(figures.bestMillis()),
				Integer.valueOf(figures.problems().size()) }));
		figures.problems().stream().limit(5).forEach(problem -> out.println("  " + problem.format(null)));
		return figures.problems().isEmpty();
	}
}
