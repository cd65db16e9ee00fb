package io.processware.versioning;

import java.time.Instant;
import java.util.List;

/**
 * One generation run as git records it: a commit on the generation branch whose trailers name the
 * run, the model it came from and the template sets that produced it.
 *
 * @param commit       the commit's id (hex)
 * @param runId        the run's id ({@code Processware-Run} trailer)
 * @param modelHash    the hash of the model files ({@code Processware-Model-Hash})
 * @param templateSets "name version" per template set ({@code Processware-Template-Set})
 * @param authorEmail  who changed the model the run came from
 * @param time         when the run was committed
 * @param subject      the commit message's first line
 */
public record RunCommit(String commit, String runId, String modelHash, List<String> templateSets, String authorEmail,
		Instant time, String subject) {

	public RunCommit {
		templateSets = List.copyOf(templateSets);
	}

	/** @return the commit's abbreviated id, as terminals show it */
	public String shortCommit() {
		return commit.substring(0, Math.min(10, commit.length()));
	}
}
