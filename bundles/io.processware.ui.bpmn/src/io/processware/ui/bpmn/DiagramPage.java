package io.processware.ui.bpmn;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.Composite;

import com.google.gson.Gson;

/**
 * The bpmn-js page in an SWT Browser, and the only place that speaks to it: Java calls
 * {@code window.pw.*} (web/editor.js); the page answers through browser functions. Must be used
 * on the UI thread.
 */
final class DiagramPage {
	private static final Gson GSON = new Gson();

	/** What the page reports back. */
	interface Listener {
		void ready();

		/** @param stackIndex the command stack's position after the import (the page cannot be asked back inside a callback) */
		void imported(String error, int warnings, double millis, int elements, int stackIndex);

		void changed(int stackIndex, boolean canUndo, boolean canRedo);

		void selected(String json);

		/** A command changed the selected elements (an edit, an undo or a redo): their facts now. */
		void selectionChanged(String json);

		void saved(String xml, String error);

		/** A script error in the page, or the page did not start. */
		void failed(String message);
	}

	private final Browser browser;

	DiagramPage(Composite parent, Listener listener) throws IOException {
		browser = new Browser(parent, SWT.NONE);
		function("pwImported", args -> listener.imported((String) args[0], number(args[1]), doubleOf(args[2]), number(args[3]),
				number(args[4])));
		function("pwChanged", args -> listener.changed(number(args[0]), Boolean.TRUE.equals(args[1]), Boolean.TRUE.equals(args[2])));
		function("pwSelected", args -> listener.selected((String) args[0]));
		function("pwSelectionChanged", args -> listener.selectionChanged((String) args[0]));
		function("pwSaved", args -> listener.saved((String) args[0], (String) args[1]));
		function("pwFailed", args -> listener.failed(String.valueOf(args[0])));
		browser.addProgressListener(org.eclipse.swt.browser.ProgressListener.completedAdapter(event -> {
			Object started = browser.evaluate("return typeof window.pw;");
			// the page's scripts ran at load, possibly before the browser functions were in place: the
			// page is ready for Java once loading completed, so Java starts from here
			if ("object".equals(started)) {
				listener.ready();
			} else {
				listener.failed("the diagram page did not start (window.pw is " + started + ") at " + browser.getUrl());
			}
		}));
		// the whole web folder as files, so the page's relative paths (vendor/, editor.js) resolve
		URL web = FileLocator.toFileURL(Platform.getBundle("io.processware.ui.bpmn").getEntry("web/"));
		browser.setUrl(web.toExternalForm() + "index.html");
	}

	private void function(String name, Consumer<Object[]> body) {
		new BrowserFunction(browser, name) {
			@Override
			public Object function(Object[] arguments) {
				body.accept(arguments);
				return null;
			}
		};
	}

	private static int number(Object value) {
		return value instanceof Number n ? n.intValue() : 0;
	}

	private static double doubleOf(Object value) {
		return value instanceof Number n ? n.doubleValue() : 0;
	}

	Browser browser() {
		return browser;
	}

	void open(String xml) {
		call("open", xml);
	}

	void requestSave() {
		call("save");
	}

	void undo() {
		call("undo");
	}

	void redo() {
		call("redo");
	}

	void select(String id) {
		call("select", id);
	}

	void setDeterminism(String id, String literal) {
		call("setDeterminism", id, literal);
	}

	void setImplementationStatus(String id, String literal) {
		call("setImplementationStatus", id, literal);
	}

	void setRules(String id, List<String> ruleSetIds) {
		call("setRules", id, ruleSetIds);
	}

	/** Selects the elements and scrolls the first into view; @return the ids found in the diagram */
	List<String> selectReveal(List<String> ids) {
		return ids(evaluate("return window.pw.selectReveal(" + GSON.toJson(ids) + ");"));
	}

	/** @return the ids of the elements selected in the diagram */
	List<String> selectedIds() {
		return ids(evaluate("return window.pw.selectedIds();"));
	}

	private static List<String> ids(Object json) {
		return json instanceof String text ? List.of(GSON.fromJson(text, String[].class)) : List.of();
	}

	void showProblems(List<ShapeFinding> findings) {
		call("problems", GSON.toJson(findings));
	}

	/** @return the page's command-stack position (changes with every edit, undo and redo) */
	int stackIndex() {
		return number(browser.evaluate("return window.pw.stackIndex();"));
	}

	/** @return the facts of one element as the diagram has them now, or null */
	TaskFacts describe(String id) {
		Object json = evaluate("return window.pw.describe(" + GSON.toJson(id) + ");");
		return json instanceof String text ? TaskFacts.fromJson(text) : null;
	}

	/** Runs script in the page (tests drive bpmn-js's own API through it). */
	Object evaluate(String script) {
		return browser.evaluate(script);
	}

	private void call(String function, Object... arguments) {
		StringBuilder script = new StringBuilder("window.pw.").append(function).append('(');
		for (int i = 0; i < arguments.length; i++) {
			script.append(i > 0 ? "," : "").append(GSON.toJson(arguments[i]));
		}
		browser.execute(script.append(");").toString());
	}
}
