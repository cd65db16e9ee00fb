package io.processware.bpmn;

/**
 * Why a BPMN file could not be imported. Import is all or nothing: when this is thrown, no
 * document exists. The message is one line that names the file, the line and, when known, the
 * element id, so that an analyst can go straight to the spot in any editor.
 */
public final class BpmnImportException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String source;
	private final int line;
	private final String elementId;
	private final String problem;

	/**
	 * @param source    the file (or stream) name as the user knows it
	 * @param line      the 1-based line of the problem, 0 when the parser could not tell
	 * @param elementId the id of the element at fault, or {@code null}
	 * @param problem   what is wrong, in the analyst's words
	 */
	public BpmnImportException(String source, int line, String elementId, String problem) {
		super(format(source, line, elementId, problem));
		this.source = source;
		this.line = line;
		this.elementId = elementId;
		this.problem = problem;
	}

	private static String format(String source, int line, String elementId, String problem) {
		StringBuilder message = new StringBuilder(source);
		if (line > 0) {
			message.append(':').append(line);
		}
		message.append(": ");
		if (elementId != null) {
			message.append("element '").append(elementId).append("': ");
		}
		return message.append(problem).toString();
	}

	public String source() {
		return source;
	}

	/** @return the 1-based line, 0 when unknown */
	public int line() {
		return line;
	}

	/** @return the element at fault, or {@code null} when the problem is not tied to one */
	public String elementId() {
		return elementId;
	}

	public String problem() {
		return problem;
	}
}
