package io.processware.ui.bpmn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.processware.bpmn.bench.SyntheticProcess;
import io.processware.ui.testing.Screenshots;
import io.processware.ui.testing.UiWait;

/**
 * Benchmark, not a timed assertion: opens a 4,000-element BPMN file (the interchange benchmark's
 * synthetic process) in the BPMN editor and records how long it takes until bpmn-js has drawn it,
 * how quickly the page answers afterwards, and how long single edits take on it (responsiveness). Figures go to stdout and to
 * target/benchmarks/bpmn-editor-open.txt; docs/benchmarks-workbench.md records them.
 */
class BpmnOpenBenchmark {
	private static final int ELEMENTS = 4_000;

	@Test
	void openA4000ElementDiagram() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		UiWait.fullSize(window.getShell());
		NullProgressMonitor monitor = new NullProgressMonitor();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("bench");
		if (!project.exists()) {
			project.create(monitor);
		}
		project.open(monitor);
		IFile file = project.getFile("bench-4000.bpmn");
		byte[] content = SyntheticProcess.withElements(ELEMENTS);
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(content), true, false, monitor);
		} else {
			file.create(new ByteArrayInputStream(content), true, monitor);
		}

		long started = System.nanoTime();
		BpmnEditor editor = InvoiceDiagramTests.open(window.getActivePage(), file);
		double openMillis = (System.nanoTime() - started) / 1e6;
		long[] roundTrips = new long[20];
		for (int i = 0; i < roundTrips.length; i++) {
			long t = System.nanoTime();
			editor.evaluate("return window.pw.stackIndex();");
			roundTrips[i] = System.nanoTime() - t;
		}
		java.util.Arrays.sort(roundTrips);
		// one edit of each kind an analyst makes, each timed from Java (the page's work and the
		// round trip) and inside the page (bpmn-js's command with Processware's listeners: recolouring)
		double[] move = timed(editor, "var r = window.pw.modeler.get('elementRegistry'); window.pw.modeler.get('modeling')"
				+ ".moveElements([r.get('Node_1000')], { x: 10, y: 0 });");
		editor.evaluate("return 1;");
		long t = System.nanoTime();
		editor.setDeterminism("Node_1000", "NON_DETERMINISTIC"); // what the Properties view does
		editor.evaluate("return 1;");
		double determinismMillis = (System.nanoTime() - t) / 1e6;
		double[] undo = timed(editor, "window.pw.modeler.get('commandStack').undo();");
		double[] determinismInPage = timed(editor, "window.pw.setDeterminism('Node_1005', 'PARTIAL');");
		// what every edit used to add: recolouring every task of the diagram, not just the changed ones
		double[] recolourAll = timed(editor, "var c = window.pw.modeler.get('canvas'); window.pw.modeler.get('elementRegistry')"
				+ ".filter(function (e) { return /Task$/.test(e.type); }).forEach(function (e) { var was = window.pw.tintOf(e.id); ['DETERMINISTIC', 'PARTIAL',"
				+ " 'NON_DETERMINISTIC', 'UNCLASSIFIED'].forEach(function (k) { c.removeMarker(e, 'pw-' + k); });"
				+ " c.addMarker(e, 'pw-' + was); });");
		Screenshots.save(window.getShell(), "bpmn-4000-elements");

		String figures = String.format(java.util.Locale.ROOT,
				"BPMN editor, open %d-element file (%d bytes): %.0f ms until drawn (bpmn-js import %.0f ms, %d diagram elements);"
						+ " page round trip after open: median %.1f ms, max %.1f ms;"
						+ " until the page answers again after one move command: %.0f ms (the command in the page %.0f ms);"
						+ " after setting a determinism as Properties do: %.0f ms;"
						+ " after one undo: %.0f ms (in the page %.0f ms); the determinism command in the page: %.0f ms;"
						+ " recolouring every task, what each edit added before: %.0f ms until the page answers (script %.0f ms)%n",
				ELEMENTS, content.length, openMillis, editor.importMillis(), editor.importedElements(),
				roundTrips[roundTrips.length / 2] / 1e6, roundTrips[roundTrips.length - 1] / 1e6, move[0], move[1],
				determinismMillis, undo[0], undo[1], determinismInPage[1], recolourAll[0], recolourAll[1]);
		System.out.print(figures);
		Path out = Path.of(System.getProperty("processware.benchmarks", "target/benchmarks"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("bpmn-editor-open.txt"), figures, StandardCharsets.UTF_8);
		assertTrue(editor.importedElements() >= ELEMENTS, "bpmn-js drew every element");
		window.getActivePage().closeAllEditors(false);
	}

	/**
	 * @return the time from Java until the page answers again after the script (it draws the change
	 *         before it takes the next call), and the script's own time inside the page, in ms
	 */
	private static double[] timed(BpmnEditor editor, String script) {
		editor.evaluate("return 1;"); // whatever the page still had to draw is not this script's
		long t = System.nanoTime();
		Object inPage = editor.evaluate("var started = performance.now(); " + script + " return performance.now() - started;");
		editor.evaluate("return 1;");
		return new double[] { (System.nanoTime() - t) / 1e6, ((Number) inPage).doubleValue() };
	}
}
