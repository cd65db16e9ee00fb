package io.processware.ui.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import io.processware.bpmn.BpmnImporter;
import io.processware.ui.testing.Screenshots;
import io.processware.ui.testing.UiWait;

/**
 * The workbench's shortcuts while the diagram (the Browser) has the keyboard focus, pressed as
 * real keys under Xvfb: Ctrl+S saves, Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo — each once.
 */
class BpmnKeyboardTest extends InvoiceDiagramTests {
	private static final String OCR = "invoice-to-payment.ocr-intake";

	private static double y(BpmnEditor editor) {
		return ((Number) editor.evaluate("return window.pw.modeler.get('elementRegistry').get('" + OCR + "').y;")).doubleValue();
	}

	private static double savedY(IFile file) throws Exception {
		return BpmnImporter.read(Path.of(file.getLocation().toOSString())).model().getModelElementsByType(BpmnShape.class)
				.stream().filter(s -> s.getBpmnElement() != null && OCR.equals(s.getBpmnElement().getId())).findFirst()
				.orElseThrow().getBounds().getY();
	}

	private static void move(BpmnEditor editor, int dy) {
		editor.evaluate("var r = window.pw.modeler.get('elementRegistry'); window.pw.modeler.get('modeling').moveElements([r.get('"
				+ OCR + "')], { x: 0, y: " + dy + " }); return 1;");
	}

	/** Presses the key, waits for its effect, and checks it happened exactly once (one key, one step). */
	private static void pressAndExpect(BpmnEditor editor, char key, int modifiers, double expectedY, String what) {
		Keys.press(key, modifiers);
		UiWait.until(() -> y(editor) == expectedY, TIMEOUT, () -> what + " (y is " + y(editor) + ")");
		Screenshots.settle(window.getShell().getDisplay());
		assertEquals(expectedY, y(editor), 0.5, what + ", once");
	}

	@Test
	void ctrlSSavesWhileTheDiagramHasFocus() throws Exception {
		BpmnEditor editor = open(window.getActivePage(), diagram);
		move(editor, 30);
		assertTrue(editor.isDirty());
		Keys.focus(editor.browser());
		Keys.press('s', SWT.CTRL);
		UiWait.until(() -> !editor.isDirty(), TIMEOUT, () -> "Ctrl+S in the diagram saves the file");
		assertEquals(350.0, savedY(diagram), 0.5, "the moved task is in the saved file");
		assertEquals(350.0, y(editor), 0.5, "the key did not reach bpmn-js as anything else");
		Screenshots.save(window.getShell(), "bpmn-keys-saved");
	}

	@Test
	void ctrlZUndoesAndCtrlYOrCtrlShiftZRedoWhileTheDiagramHasFocus() throws Exception {
		BpmnEditor editor = open(window.getActivePage(), diagram);
		move(editor, 30);
		move(editor, 30);
		assertEquals(380.0, y(editor), 0.5);
		Keys.focus(editor.browser());
		pressAndExpect(editor, 'z', SWT.CTRL, 350, "Ctrl+Z undoes the last move");
		pressAndExpect(editor, 'z', SWT.CTRL, 320, "a second Ctrl+Z undoes the first move");
		assertFalse(editor.isDirty(), "everything undone: as saved");
		pressAndExpect(editor, 'y', SWT.CTRL, 350, "Ctrl+Y redoes");
		pressAndExpect(editor, 'z', SWT.CTRL | SWT.SHIFT, 380, "Ctrl+Shift+Z redoes");
		assertTrue(editor.isDirty());
	}
}
