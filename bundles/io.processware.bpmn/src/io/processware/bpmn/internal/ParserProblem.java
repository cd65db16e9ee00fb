package io.processware.bpmn.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.processware.bpmn.BpmnImportException;

/**
 * Turns a failure of the BPMN model API's parser (mostly BPMN 2.0 schema violations, reported as
 * {@code "Error: URI=null Line=12: cvc-...: ..."} deep in a cause chain) into the one-line import
 * error Processware promises: file, line, element id, problem.
 */
public final class ParserProblem {
	private static final Pattern LOCATED = Pattern.compile("(?:Fatal )?Error: URI=\\S* Line=(\\d+): (.*)",
			Pattern.DOTALL);

	private ParserProblem() {
	}

	/** @return the import error that describes {@code failure}, located through the first pass */
	public static BpmnImportException describe(RuntimeException failure, String source, SourceScan scan) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			Matcher located = message == null ? null : LOCATED.matcher(message.trim());
			if (located != null && located.matches()) {
				int line = Integer.parseInt(located.group(1));
				String problem = located.group(2).lines().findFirst().orElse("").trim();
				return new BpmnImportException(source, line, blankToNull(scan.elementNear(line)),
						"not valid BPMN 2.0: " + problem);
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return new BpmnImportException(source, 0, null, "not valid BPMN 2.0: " + root.getMessage());
	}

	private static String blankToNull(String id) {
		return id == null || id.isEmpty() ? null : id;
	}
}
