package io.processware.versioning;

/** A git operation on a generated solution's repository failed; the message names the repository. */
public final class VersioningException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public VersioningException(String message, Throwable cause) {
		super(message, cause);
	}

	public VersioningException(String message) {
		super(message);
	}
}
