package io.processware.ui.bpmn;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;

import io.processware.ui.testing.UiWait;

/**
 * The workbench's Properties view as the analyst sees and uses it: the rows of its tree (name,
 * shown value), and editing a row through the cell editor the view opens on it.
 */
final class PropertiesView {
	private final Tree tree;

	private PropertiesView(Tree tree) {
		this.tree = tree;
	}

	static PropertiesView show(IWorkbenchPage page) throws Exception {
		PropertySheet view = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		return new PropertiesView((Tree) view.getCurrentPage().getControl());
	}

	/** @return the text the view shows as the value of the row with this name, or null without such a row */
	String shown(String name) {
		TreeItem item = row(name);
		return item == null ? null : item.getText(1);
	}

	/** Waits until the view shows the value in the row. */
	void waitFor(String name, String value, String why) {
		UiWait.until(() -> value.equals(shown(name)), BpmnEditorTest.TIMEOUT,
				() -> why + ": '" + name + "' shows '" + shown(name) + "', expected '" + value + "' in " + rows());
	}

	/** Picks an entry of the row's combo box, as a click on the row and a choice in the list do. */
	void choose(String name, String entry) {
		CCombo combo = (CCombo) edit(name, CCombo.class);
		combo.select(combo.indexOf(entry));
		combo.notifyListeners(SWT.Selection, new Event());
		combo.notifyListeners(SWT.DefaultSelection, new Event());
	}

	/** Types a new value into the row's text field and presses Enter. */
	void type(String name, String value) {
		Text text = (Text) edit(name, Text.class);
		text.setText(value);
		text.notifyListeners(SWT.DefaultSelection, new Event());
	}

	/** Selects the row and presses Enter on it: the view opens its cell editor there. @return its control */
	private Control edit(String name, Class<? extends Control> kind) {
		TreeItem item = row(name);
		if (item == null) {
			throw new AssertionError("no row '" + name + "' in the Properties view: " + rows());
		}
		tree.setSelection(item);
		Event selected = new Event();
		selected.item = item;
		tree.notifyListeners(SWT.DefaultSelection, selected); // Enter on the row: the view opens its cell editor
		for (Control child : tree.getChildren()) {
			if (kind.isInstance(child) && child.isVisible()) {
				return child;
			}
		}
		throw new AssertionError("the Properties view opened no " + kind.getSimpleName() + " on '" + name + "'");
	}

	private TreeItem row(String name) {
		return find(tree.getItems(), name);
	}

	private static TreeItem find(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			if (name.equals(item.getText(0))) {
				return item;
			}
			TreeItem inside = find(item.getItems(), name);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	private List<String> rows() {
		List<String> rows = new ArrayList<>();
		collect(tree.getItems(), rows);
		return rows;
	}

	private static void collect(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			rows.add(item.getText(0) + "=" + item.getText(1));
			collect(item.getItems(), rows);
		}
	}
}
