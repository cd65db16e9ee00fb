package io.processware.ui.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

import io.processware.ui.rules.language.Highlight;

/**
 * Lays the language's semantic colouring over the lexical one: each time the viewer presents text,
 * the latest highlights of the language are merged in, so they survive repaints and edits.
 */
final class SemanticColouring implements ITextPresentationListener {
	private final ISourceViewer viewer;
	private volatile List<Highlight> highlights = List.of();

	SemanticColouring(ISourceViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	void update(List<Highlight> latest) {
		List<Highlight> sorted = new ArrayList<>(latest);
		sorted.sort(Comparator.comparingInt(Highlight::offset));
		highlights = sorted;
		viewer.invalidateTextPresentation();
	}

	List<Highlight> highlights() {
		return highlights;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int documentLength = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
		List<StyleRange> ranges = new ArrayList<>();
		int covered = -1;
		for (Highlight highlight : highlights) {
			TextAttribute attribute = RulesColours.semantic(highlight.style());
			int end = highlight.offset() + highlight.length();
			if (attribute == null || highlight.offset() < covered || end > documentLength
					|| end <= extent.getOffset() || highlight.offset() >= extent.getOffset() + extent.getLength()) {
				continue;
			}
			ranges.add(new StyleRange(highlight.offset(), highlight.length(), attribute.getForeground(), null,
					attribute.getStyle()));
			covered = end;
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}
}
