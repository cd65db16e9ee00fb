package io.processware.cli;

/** The exit codes of {@code processware}, part of its contract with users' CI pipelines. */
public enum ExitCode {
	/** The command did what was asked and found nothing wrong. */
	OK(0),
	/** The command ran, and what it checked has problems (validation errors, drift, ...). */
	PROBLEMS(1),
	/** The command could not run: bad usage, missing input, or an internal error. */
	ERROR(2);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	/** @return the process exit status */
	public int code() {
		return code;
	}
}
