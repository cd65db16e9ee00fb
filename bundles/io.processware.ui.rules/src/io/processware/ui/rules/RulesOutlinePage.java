package io.processware.ui.rules;

import java.util.List;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of a rules file: its declarations (tables, rules, constraints…) and their parts, from the language's document symbols. */
final class RulesOutlinePage extends ContentOutlinePage {
	private final RulesEditor editor;
	private List<DocumentSymbol> symbols = List.of();
	private String text = "";

	RulesOutlinePage(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		getTreeViewer().setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				List<DocumentSymbol> children = ((DocumentSymbol) parentElement).getChildren();
				return children == null ? new Object[0] : children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children != null && !children.isEmpty();
			}
		});
		getTreeViewer().setLabelProvider(new DelegatingStyledCellLabelProvider(new SymbolLabels()));
		getTreeViewer().setInput(symbols);
		getTreeViewer().expandToLevel(2);
	}

	void update(List<DocumentSymbol> latest, String forText) {
		symbols = latest;
		text = forText;
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			getTreeViewer().setInput(symbols);
			getTreeViewer().expandToLevel(2);
		}
	}

	List<DocumentSymbol> symbols() {
		return symbols;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol && text.equals(editor.document().get())) {
			int start = LspEdits.offset(text, symbol.getSelectionRange().getStart());
			int end = LspEdits.offset(text, symbol.getSelectionRange().getEnd());
			editor.selectAndReveal(start, end - start);
		}
	}

	/** A declaration's name, then what it is ("decision table") in the platform's decoration colour. */
	static final class SymbolLabels extends LabelProvider implements IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			DocumentSymbol symbol = (DocumentSymbol) element;
			StyledString text = new StyledString(symbol.getName());
			if (symbol.getDetail() != null && !symbol.getDetail().isEmpty()) {
				text.append("  " + symbol.getDetail(), StyledString.DECORATIONS_STYLER);
			}
			return text;
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}
	}
}
