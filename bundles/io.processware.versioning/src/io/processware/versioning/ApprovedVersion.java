package io.processware.versioning;

/**
 * A version of the generated solution that passed review: an annotated tag {@code approved/v<n>}.
 *
 * @param number the version's number, counting approvals from 1
 * @param commit the tagged commit (hex)
 * @param runId  the run the version is (for a rollback: the rollback's run)
 */
public record ApprovedVersion(int number, String commit, String runId) {

	/** The prefix of approved versions' tag names. */
	public static final String TAG_PREFIX = "approved/v";

	/** @return the tag's name, {@code approved/v<n>} */
	public String tag() {
		return TAG_PREFIX + number;
	}

	/** @return what users type and read: {@code v<n>} */
	public String label() {
		return "v" + number;
	}
}
