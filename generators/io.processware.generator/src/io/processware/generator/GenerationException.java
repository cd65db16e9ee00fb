package io.processware.generator;

/**
 * Why a generation run stopped. The message is complete and fit for one line of a CLI or a problem
 * marker: it names the template and line, the output file, or the model element concerned. Nothing
 * has been written to the output folder when it is thrown, except where its message says otherwise.
 */
public final class GenerationException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public GenerationException(String message) {
		super(message);
	}

	public GenerationException(String message, Throwable cause) {
		super(message, cause);
	}
}
