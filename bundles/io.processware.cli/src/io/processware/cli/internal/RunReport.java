package io.processware.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.processware.model.generation.AssemblyQueue;
import io.processware.model.generation.GenerationPhase;
import io.processware.model.review.Decision;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewItem;
import io.processware.pipeline.Pipeline;
import io.processware.pipeline.RunRecord;
import io.processware.pipeline.RunResult;
import io.processware.versioning.ApprovedVersion;

/** How the pipeline commands print runs, review items and decisions. */
final class RunReport {

	private RunReport() {
	}

	/** What {@code generate} adds after QA: the run, its queues and boards, the current version. */
	static void recorded(RunResult run, PrintWriter out) {
		RunRecord record = run.record();
		int queueA = 0;
		int queueB = 0;
		for (AssemblyQueue queue : record.run().getQueues()) {
			if (queue.getKind() == io.processware.model.generation.AssemblyQueueKind.A) {
				queueA = queue.getEntries().size();
			} else {
				queueB = queue.getEntries().size();
			}
		}
		out.println(NLS.bind(CliMessages.runRecorded, new Object[] { record.id(), run.commit().shortCommit(),
				status(record), Integer.valueOf(queueA), Integer.valueOf(queueB) }));
		for (ReviewBoard board : record.boards()) {
			long items = board.getItems().stream().filter(item -> !item.getId().endsWith(".business")).count();
			if (items > 0) {
				out.println(NLS.bind(CliMessages.runBoardLine, board.getName(), Long.valueOf(items)));
			}
		}
		record.businessItem().ifPresent(item -> out.println(NLS.bind(CliMessages.runBusinessLine,
				RunRecord.boardOf(item).getName())));
		out.println(current(run.current()));
	}

	static String current(ApprovedVersion version) {
		return version == null ? CliMessages.noApprovedVersion
				: NLS.bind(CliMessages.currentApprovedVersion, new Object[] { version.label(), version.runId(),
						version.commit().substring(0, 10) });
	}

	static String status(RunRecord record) {
		String status = record.run().getStatus().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
		return status.equals("rejected") ? CliMessages.refinementRequired : status;
	}

	static String status(Pipeline.RunView run) {
		return run.record() == null ? CliMessages.runInterrupted : status(run.record());
	}

	/** @return "pending", or "approved by x at t: comment" */
	static String state(ReviewItem item) {
		return RunRecord.latestDecision(item).map(RunReport::decision).orElse(CliMessages.itemPending);
	}

	static String decision(Decision decision) {
		return NLS.bind(CliMessages.decisionLine, new Object[] {
				decision.getOutcome().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '), decision.getReviewer().getName(),
				decision.getReviewer().getEmail(), decision.getDecidedAt(),
				decision.getComment() == null ? "" : ": " + decision.getComment() });
	}

	static String phase(GenerationPhase phase) {
		return NLS.bind(CliMessages.phaseLine, new Object[] { phase.getKind().getLiteral().toLowerCase(Locale.ROOT),
				phase.getStatus().getLiteral().toLowerCase(Locale.ROOT), phase.getMessage() == null ? "" : phase.getMessage() });
	}
}
