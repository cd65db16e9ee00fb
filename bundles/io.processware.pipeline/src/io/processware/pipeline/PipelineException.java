package io.processware.pipeline;

/** The pipeline refused or could not do what was asked; the message says why and what to do. */
public final class PipelineException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public PipelineException(String message) {
		super(message);
	}

	public PipelineException(String message, Throwable cause) {
		super(message, cause);
	}
}
