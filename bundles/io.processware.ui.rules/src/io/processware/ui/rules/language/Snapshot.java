package io.processware.ui.rules.language;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.validation.Issue;

/**
 * What the language made of one version of a rules file: its problems, its semantic colouring and
 * its outline. Editors apply a snapshot only while their text is still {@link #text()}.
 */
public record Snapshot(String text, List<Issue> issues, List<Highlight> highlights, List<DocumentSymbol> symbols) {

	/** @return whether any problem is an error */
	public boolean hasErrors() {
		return issues.stream().anyMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
	}
}
