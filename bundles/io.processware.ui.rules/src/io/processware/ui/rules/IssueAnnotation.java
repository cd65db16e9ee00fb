package io.processware.ui.rules;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** A problem found while the analyst types: a squiggle that knows its issue, for quick fixes. */
final class IssueAnnotation extends Annotation {
	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	private final Issue issue;

	IssueAnnotation(Issue issue) {
		super(type(issue.getSeverity()), false, issue.getMessage());
		this.issue = issue;
	}

	Issue issue() {
		return issue;
	}

	static String type(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}
}
