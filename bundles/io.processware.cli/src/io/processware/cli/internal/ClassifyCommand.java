package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.bpmn.BpmnImportException;
import io.processware.bpmn.classify.ClassificationRun;
import io.processware.bpmn.classify.Proposal;
import io.processware.bpmn.classify.Verdict;
import io.processware.cli.ExitCode;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.process.Determinism;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware classify <solution> [--apply]}: the determinism classifier's proposals. */
@Command(name = "classify",
		description = { "Propose a determinism class and an implementation strategy for every task (reuse existing "
				+ "code, generate, hybrid with a runtime-LLM slot, runtime LLM with analytics), with the evidence "
				+ "behind each proposal.",
				"Proposals never overrule the analyst: --apply fills in unclassified tasks (and revises classes the "
						+ "classifier set before), in the solution model and, marked as the classifier's, in the "
						+ "process's BPMN file." })
public final class ClassifyCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<solution>", description = "a solution folder or one .pws file")
	private Path solution;

	@Option(names = "--apply", description = "apply the proposals to unclassified tasks")
	private boolean apply;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		for (LoadedSolution model : SolutionModels.load(solution)) {
			ClassificationRun run;
			try {
				run = new ClassificationRun(model);
			} catch (BpmnImportException unreadable) {
				throw new CommandFailure(unreadable.getMessage());
			}
			print(out, run);
			if (apply) {
				try {
					out.println(NLS.bind(CliMessages.classifyApplied, Integer.valueOf(run.apply().size()), model.file()));
				} catch (BpmnImportException unreadable) {
					throw new CommandFailure(unreadable.getMessage());
				}
			}
		}
		return Integer.valueOf(ExitCode.OK.code());
	}

	private static void print(PrintWriter out, ClassificationRun run) {
		TextTable table = new TextTable(CliMessages.classifyHeader);
		Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
		run.proposals().forEach((process, proposals) -> proposals.forEach(proposal -> {
			Determinism now = proposal.task().getDeterminism();
			table.row(process.getId(), proposal.task().getName(), now.getLiteral(),
					now == Determinism.UNCLASSIFIED ? "-" : proposal.source().literal().toLowerCase(Locale.ROOT),
					proposal.proposed().getLiteral(), proposal.strategy() == null ? "-" : proposal.strategy().label(),
					proposal.verdict().label());
			tally.merge(proposal.verdict(), Integer.valueOf(1), Integer::sum);
		}));
		table.print(out);
		List<Proposal> all = run.proposals().values().stream().flatMap(List::stream).toList();
		all.forEach(proposal -> out.println(NLS.bind(CliMessages.classifyEvidence, proposal.task().getName(),
				proposal.rationale())));
		out.println(NLS.bind(CliMessages.classifySummary, new Object[] { Integer.valueOf(all.size()),
				count(tally, Verdict.AGREES), count(tally, Verdict.NEW), count(tally, Verdict.REVISED),
				count(tally, Verdict.ANALYST_DIFFERS), count(tally, Verdict.NO_EVIDENCE) }));
	}

	private static Integer count(Map<Verdict, Integer> tally, Verdict verdict) {
		return tally.getOrDefault(verdict, Integer.valueOf(0));
	}
}
