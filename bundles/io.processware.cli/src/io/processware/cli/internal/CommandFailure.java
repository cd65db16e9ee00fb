package io.processware.cli.internal;

/**
 * An expected reason why a command cannot run (missing folder, unreadable file). Reported as one
 * line with exit code 2, unlike unexpected exceptions, which are reported as internal errors.
 */
public final class CommandFailure extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public CommandFailure(String message) {
		super(message);
	}
}
