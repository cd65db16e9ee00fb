package io.processware.versioning;

/**
 * One file that differs between two versions of the generated solution.
 *
 * @param path    the file's path in the repository (the new path; the old one for a deletion)
 * @param kind    added, modified or deleted
 * @param added   lines added
 * @param removed lines removed
 * @param patch   the unified diff of the file (git's format)
 */
public record FileChange(String path, Kind kind, int added, int removed, String patch) {

	/** How a file changed. */
	public enum Kind {
		ADDED, MODIFIED, DELETED
	}
}
