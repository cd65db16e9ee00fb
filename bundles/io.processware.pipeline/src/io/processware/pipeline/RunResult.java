package io.processware.pipeline;

import io.processware.generator.targets.SolutionGenerationResult;
import io.processware.versioning.ApprovedVersion;
import io.processware.versioning.RunCommit;

/**
 * What {@link Pipeline#generate} did.
 *
 * @param generation the targets' outcomes
 * @param commit     the run's commit on the generation branch
 * @param record     the run's review record
 * @param current    the approved version requests keep using while the run is pending; null before any approval
 * @param recovered  what was recovered from an interrupted run first, empty when nothing
 */
public record RunResult(SolutionGenerationResult generation, RunCommit commit, RunRecord record, ApprovedVersion current,
		String recovered) {
}
