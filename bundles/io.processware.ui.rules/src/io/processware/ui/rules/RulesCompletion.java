package io.processware.ui.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;

import io.processware.ui.rules.language.RulesSession;

/**
 * Ctrl+Space: the language's content assist (keywords, names of facts and tables, and the solution
 * model's entities, attributes, tasks and roles reached through the file's imports).
 */
final class RulesCompletion implements IContentAssistProcessor {
	private final RulesEditor editor;
	private String error;

	RulesCompletion(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		error = null;
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			Document document = RulesSession.document(text);
			for (CompletionItem item : editor.session().complete(text, offset)) {
				if (item.getTextEdit() == null) {
					continue;
				}
				Range range = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getRange()
						: item.getTextEdit().getRight().getReplace();
				String newText = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText()
						: item.getTextEdit().getRight().getNewText();
				LspEdits.Replacement replacement = LspEdits.replacement(document, range, newText);
				String typed = text.substring(replacement.offset(), Math.max(replacement.offset(), offset));
				if (!newText.toLowerCase(java.util.Locale.ROOT).startsWith(typed.toLowerCase(java.util.Locale.ROOT))) {
					continue; // the language proposes what fits the grammar; the analyst's prefix narrows it
				}
				String display = item.getLabel() + (item.getDetail() == null || item.getDetail().isBlank() ? ""
						: " - " + item.getDetail());
				proposals.add(new CompletionProposal(newText, replacement.offset(), replacement.length(),
						newText.length(), null, display, null, documentation(item)));
			}
		} catch (RuntimeException failed) {
			error = "Content assist failed: " + failed.getMessage();
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static String documentation(CompletionItem item) {
		if (item.getDocumentation() == null) {
			return null;
		}
		return item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
				: item.getDocumentation().getRight().getValue();
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
