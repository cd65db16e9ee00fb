package io.processware.ui.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.validation.Issue;

import io.processware.ui.rules.language.QuickFix;
import io.processware.ui.rules.language.Snapshot;

/** Ctrl+1 on a problem: the language's code actions for the problems at the caret. */
final class RulesQuickAssist implements IQuickAssistProcessor {
	private final RulesEditor editor;

	RulesQuickAssist(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		return proposals(context.getOffset()).toArray(ICompletionProposal[]::new);
	}

	/** @return the fixes for the problems that touch the offset, computed on the latest checked text */
	List<ICompletionProposal> proposals(int offset) {
		Snapshot snapshot = editor.snapshot();
		List<ICompletionProposal> proposals = new ArrayList<>();
		if (snapshot == null || !snapshot.text().equals(editor.document().get())) {
			return proposals;
		}
		for (Issue issue : snapshot.issues()) {
			int start = issue.getOffset() == null ? 0 : issue.getOffset();
			int end = start + (issue.getLength() == null ? 0 : issue.getLength());
			if (offset < start || offset > end) {
				continue;
			}
			for (QuickFix fix : editor.session().quickFixes(snapshot.text(), issue)) {
				proposals.add(new FixProposal(fix, snapshot.text()));
			}
		}
		return proposals;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	/** One code action: applying it applies its edits to the text they were computed for. */
	private record FixProposal(QuickFix fix, String text) implements ICompletionProposal {
		@Override
		public void apply(IDocument document) {
			if (!document.get().equals(text)) {
				return; // the text moved on; the analyst asks again
			}
			try {
				LspEdits.apply(document, text, fix.edits());
			} catch (BadLocationException stale) {
				// the text changed under the proposal: nothing sensible to apply
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.label();
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
