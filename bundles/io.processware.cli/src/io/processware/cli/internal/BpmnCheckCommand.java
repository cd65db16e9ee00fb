package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.processware.bpmn.fidelity.FidelityCheck;
import io.processware.bpmn.fidelity.FidelityReport;
import io.processware.bpmn.fidelity.InterchangeInventory;
import io.processware.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware bpmn-check <file|folder>...}: the BPMN round-trip fidelity report. */
@Command(name = "bpmn-check",
		description = { "Check that BPMN 2.0 files survive Processware's import and export unchanged.",
				"Each file (or every *.bpmn under a folder) is imported, exported and re-imported; the two "
						+ "models are compared: ids, element types, names, flows, event definitions, "
						+ "documentation, extension elements and attributes, and every diagram's shapes, "
						+ "edges and labels (coordinates within 1 px). Prints one table row per file; files "
						+ "without any diagram are laid out automatically and reported as such.",
				"Exit code 1 when a file loses fidelity or cannot be imported." })
public final class BpmnCheckCommand implements Callable<Integer> {
	private static final int PROBLEMS_SHOWN = 10;

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "<file|folder>", description = "BPMN files, or folders searched for *.bpmn")
	private List<Path> inputs;

	@Option(names = "--all-differences", description = "list every difference of a file that lost fidelity, "
			+ "not only the first " + PROBLEMS_SHOWN)
	private boolean allDifferences;

	@Override
	public Integer call() {
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			files.addAll(bpmnFiles(input));
		}
		List<FidelityReport> reports = files.stream().map(FidelityCheck::check).toList();
		PrintWriter out = spec.commandLine().getOut();
		TextTable table = new TextTable(CliMessages.fidelityHeader);
		reports.forEach(report -> addRow(table, report));
		table.print(out);
		reports.stream().filter(report -> !report.keptFidelity()).forEach(report -> printProblems(out, report));
		long failed = reports.stream().filter(report -> report.failure() != null).count();
		long lost = reports.stream().filter(report -> !report.keptFidelity()).count() - failed;
		out.println(NLS.bind(CliMessages.fidelitySummary, new Object[] { Integer.valueOf(reports.size()),
				Long.valueOf(reports.size() - lost - failed), Long.valueOf(lost), Long.valueOf(failed) }));
		return Integer.valueOf(lost + failed == 0 ? ExitCode.OK.code() : ExitCode.PROBLEMS.code());
	}

	private static List<Path> bpmnFiles(Path input) {
		if (Files.isRegularFile(input)) {
			return List.of(input);
		}
		if (!Files.isDirectory(input)) {
			throw new CommandFailure(NLS.bind(CliMessages.noSuchInput, input));
		}
		try (Stream<Path> walk = Files.walk(input)) {
			List<Path> files = walk.filter(Files::isRegularFile)
					.filter(file -> file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".bpmn"))
					.sorted().toList();
			if (files.isEmpty()) {
				throw new CommandFailure(NLS.bind(CliMessages.noBpmnFiles, input));
			}
			return files;
		} catch (IOException | UncheckedIOException unreadable) {
			throw new CommandFailure(NLS.bind(CliMessages.unreadableFolder, input, unreadable.getMessage()));
		}
	}

	private static void addRow(TextTable table, FidelityReport report) {
		InterchangeInventory before = report.imported();
		if (before == null) {
			table.row(report.source(), "-", "-", "-", "-", "-", "-", CliMessages.fidelityResultFailed);
			return;
		}
		InterchangeInventory after = report.reimported();
		String extensions = (after == null ? "-" : String.valueOf(after.extensions())) + "/" + before.extensions();
		String result = report.failure() != null ? CliMessages.fidelityResultFailed
				: !report.differences().isEmpty()
						? NLS.bind(CliMessages.fidelityResultLost, Integer.valueOf(report.differences().size()))
						: report.laidOut() ? CliMessages.fidelityResultLaidOut : CliMessages.fidelityResultKept;
		table.row(report.source(), before.elements(), before.flows(), before.shapes(), before.edges(),
				before.diagrams(), extensions, result);
	}

	private void printProblems(PrintWriter out, FidelityReport report) {
		if (report.failure() != null) {
			out.println(NLS.bind(CliMessages.fidelityProblem, report.source(), report.failure()));
			return;
		}
		List<String> differences = report.differences();
		int shown = allDifferences ? differences.size() : Math.min(PROBLEMS_SHOWN, differences.size());
		differences.subList(0, shown).forEach(line -> out.println(NLS.bind(CliMessages.fidelityProblem,
				report.source(), line)));
		if (shown < differences.size()) {
			out.println(NLS.bind(CliMessages.fidelityMoreProblems, report.source(),
					Integer.valueOf(differences.size() - shown)));
		}
	}
}
