package io.processware.ui.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.Test;

import io.processware.ui.testing.Screenshots;
import io.processware.ui.testing.UiWait;

/**
 * Others open the diagram at an element (the explorer's double-click, a problem marker, F3 in the
 * rules editor): {@link ISetSelectionTarget#selectReveal} with element ids and {@code IGotoMarker},
 * also while bpmn-js is still loading the file.
 */
class BpmnRevealTest extends InvoiceDiagramTests {
	private static final String VALIDATE = "invoice-to-payment.validate-invoice";

	private static void waitForSelected(BpmnEditor editor, String id) {
		UiWait.until(() -> editor.isImported() && editor.selectedElementIds().equals(List.of(id)), TIMEOUT,
				() -> id + " selected in bpmn-js (selected: " + (editor.isImported() ? editor.selectedElementIds() : "still loading") + ")");
	}

	@Test
	void selectRevealRightAfterOpeningSelectsTheElementOnceDrawn() throws Exception {
		IEditorPart part = IDE.openEditor(window.getActivePage(), diagram, true);
		BpmnEditor editor = assertInstanceOf(BpmnEditor.class, part);
		ISetSelectionTarget target = assertInstanceOf(ISetSelectionTarget.class, part);
		target.selectReveal(new StructuredSelection(List.of(VALIDATE)));
		waitForSelected(editor, VALIDATE);
		assertEquals("true", String.valueOf(editor.evaluate("return window.pw.isVisible('" + VALIDATE + "');")),
				"the element is scrolled into view");
		Screenshots.save(window.getShell(), "bpmn-reveal");

		editor.evaluate("window.pw.modeler.get('canvas').scroll({ dx: 4000, dy: 3000 }); return 1;");
		assertEquals("false", String.valueOf(editor.evaluate("return window.pw.isVisible('invoice-to-payment.ocr-intake');")));
		editor.selectReveal(new StructuredSelection(List.of("invoice-to-payment.ocr-intake", "no-such-element")));
		waitForSelected(editor, "invoice-to-payment.ocr-intake");
		assertEquals("true", String.valueOf(editor.evaluate("return window.pw.isVisible('invoice-to-payment.ocr-intake');")),
				"scrolled back into view");
	}

	@Test
	void aMarkerNamingAnElementOpensTheDiagramAtIt() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		IMarker marker = diagram.createMarker(IMarker.PROBLEM);
		marker.setAttribute(IMarker.MESSAGE, "Validate invoice has no rule set");
		marker.setAttribute("element", VALIDATE);
		BpmnEditor editor = assertInstanceOf(BpmnEditor.class, IDE.openEditor(page, marker));
		waitForSelected(editor, VALIDATE);

		IMarker other = diagram.createMarker(IMarker.PROBLEM);
		other.setAttribute("bpmnElement", "invoice-to-payment.ocr-intake");
		assertTrue(IDE.openEditor(page, other) == editor, "the open editor is reused");
		waitForSelected(editor, "invoice-to-payment.ocr-intake");
	}
}
