package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.model.review.DecisionOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code processware review reject <item|run> [<solution>] --as <reviewer> [--comment <text>]}. */
@Command(name = "reject", description = "Reject a review item (or everything a reviewer may decide in a run) with a comment: the run goes back as refinement required, the comment attached to the model elements the artefact came from (processware review show <run>). Exits 1 when the pipeline refuses the decision.")
public final class ReviewRejectCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ReviewDecisionOptions options;

	@Override
	public Integer call() {
		return Integer.valueOf(options.decide(DecisionOutcome.REJECTED, spec.commandLine().getOut(), spec.commandLine().getErr()));
	}
}
