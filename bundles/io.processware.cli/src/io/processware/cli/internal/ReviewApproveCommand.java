package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.model.review.DecisionOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code processware review approve <item|run> [<solution>] --as <reviewer> [--comment <text>]}. */
@Command(name = "approve", description = "Approve a review item, or every item of a run the reviewer may decide now. Only a reviewer of the item's board decides it; business validation (the business board and the quality gate's approvers) comes after every board approved and the quality gate passed, and tags the run as the next approved version. With four-eyes review, nobody approves a run made from their own model change. Exits 1 when the pipeline refuses the decision.")
public final class ReviewApproveCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ReviewDecisionOptions options;

	@Override
	public Integer call() {
		return Integer.valueOf(options.decide(DecisionOutcome.APPROVED, spec.commandLine().getOut(), spec.commandLine().getErr()));
	}
}
