package io.processware.cli.internal;

import picocli.CommandLine.Command;

/** {@code processware review list|show|approve|reject}: the review boards' and business validation's work. */
@Command(name = "review", description = "Review generation runs: list the items per board, show an item's diff and "
		+ "decisions or a run's phases and quality-gate scores, approve or reject as a reviewer. Decisions are recorded in "
		+ "the run's review record (git notes of the output repository), so a clone carries them.",
		subcommands = { ReviewListCommand.class, ReviewShowCommand.class, ReviewApproveCommand.class,
				ReviewRejectCommand.class })
public final class ReviewCommand extends CommandGroup {
}
