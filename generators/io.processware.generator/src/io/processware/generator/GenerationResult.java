package io.processware.generator;

import java.time.Duration;
import java.util.List;

/**
 * What a generation run did to its output folder.
 *
 * @param written      files whose content changed (created or rewritten), in path order
 * @param unchanged    files the run produced with the content they already had: not touched
 * @param removed      files the model no longer produces, deleted (they carried no user code)
 * @param kept         files the model no longer produces but that carry user code: left in place
 * @param regionsKept  protected regions whose user code was carried into the new content
 * @param lostRegions  protected regions with user code whose id the templates no longer produce
 * @param duration     how long the run took
 */
public record GenerationResult(List<String> written, List<String> unchanged, List<String> removed, List<String> kept,
		int regionsKept, List<LostRegion> lostRegions, Duration duration) {

	/**
	 * User code whose region disappeared, saved to a lost file beside the output.
	 *
	 * @param file     the generated file that held it
	 * @param regionId the region's id
	 * @param lostFile where the code was saved
	 */
	public record LostRegion(String file, String regionId, String lostFile) {
	}

	/** @return a one-line summary for a terminal */
	public String summary() {
		return String.format(java.util.Locale.ROOT,
				"%d written, %d unchanged, %d removed, %d kept with user code; %d protected regions kept, %d lost; %d ms",
				written.size(), unchanged.size(), removed.size(), kept.size(), regionsKept, lostRegions.size(),
				duration.toMillis());
	}
}
