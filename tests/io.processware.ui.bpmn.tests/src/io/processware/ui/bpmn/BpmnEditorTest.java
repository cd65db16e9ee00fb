package io.processware.ui.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.processware.bpmn.BpmnDocument;
import io.processware.bpmn.BpmnImporter;
import io.processware.model.process.Determinism;
import io.processware.ui.testing.Screenshots;
import io.processware.ui.testing.UiWait;

/**
 * The BPMN editor in the real workbench on the invoice example: bpmn-js draws the process tinted by
 * determinism; a task is added and another moved through bpmn-js's own API, undone and redone with
 * the workbench's commands, saved through the interchange bundle and reopened; a task's determinism
 * is changed in the Properties view; a change of the file on disk reaches the diagram.
 */
class BpmnEditorTest extends InvoiceDiagramTests {
	private static final String OCR = "invoice-to-payment.ocr-intake";
	private static final String VALIDATE = "invoice-to-payment.validate-invoice";

	private static String js(BpmnEditor editor, String script) {
		Object result = editor.evaluate(script);
		return result == null ? null : String.valueOf(result);
	}

	private static BpmnDocument onDisk(IFile file) throws Exception {
		return BpmnImporter.read(Path.of(file.getLocation().toOSString()));
	}

	private static void command(String id) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
	}

	@Test
	void theProcessIsDrawnTintedByDeterminismWithBadges() throws Exception {
		BpmnEditor editor = open(window.getActivePage(), diagram);
		assertEquals("PARTIAL", js(editor, "return window.pw.tintOf('" + OCR + "');"));
		assertEquals("DETERMINISTIC", js(editor, "return window.pw.tintOf('" + VALIDATE + "');"));
		UiWait.until(() -> !editor.findings().isEmpty(), TIMEOUT, () -> "validation and classifier badges");
		assertEquals(editor.findings().size(), ((Number) editor.evaluate("return window.pw.problemCount();")).intValue());
		assertFalse(editor.isDirty());
		Screenshots.save(window.getShell(), "bpmn-editor");
	}

	@Test
	void addAndMoveTasksThroughBpmnJsUndoRedoSaveAndReopen() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		BpmnEditor editor = open(page, diagram);
		String added = js(editor, """
				var m = window.pw.modeler, registry = m.get('elementRegistry');
				var pool = registry.get('invoice-to-payment.accounts-payable');
				var task = m.get('bpmnFactory').create('bpmn:UserTask', { id: 'check-duplicates', name: 'Check for duplicates' });
				var shape = m.get('elementFactory').createShape({ type: 'bpmn:UserTask', businessObject: task });
				m.get('modeling').createShape(shape, { x: 700, y: 520 }, pool);
				return shape.id;""");
		assertEquals("check-duplicates", added);
		assertTrue(editor.isDirty(), "an edit in the diagram makes the editor dirty");
		js(editor, "var r = window.pw.modeler.get('elementRegistry'); window.pw.modeler.get('modeling').moveElements([r.get('" + OCR
				+ "')], { x: 0, y: 30 }); return 1;");
		String movedY = js(editor, "return window.pw.modeler.get('elementRegistry').get('" + OCR + "').y;");

		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("320", js(editor, "return String(window.pw.modeler.get('elementRegistry').get('" + OCR + "').y);"),
				"the workbench's Undo undoes the move in bpmn-js");
		command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals(movedY, js(editor, "return window.pw.modeler.get('elementRegistry').get('" + OCR + "').y;"));

		command(IWorkbenchCommandConstants.FILE_SAVE);
		assertFalse(editor.isDirty(), "saved");
		BpmnDocument saved = onDisk(diagram);
		Task task = assertInstanceOf(Task.class, saved.model().getModelElementById("check-duplicates"));
		assertEquals("Check for duplicates", task.getName());
		BpmnShape ocrShape = saved.model().getModelElementsByType(BpmnShape.class).stream()
				.filter(s -> s.getBpmnElement() != null && OCR.equals(s.getBpmnElement().getId())).findFirst().orElseThrow();
		assertEquals(350.0, ocrShape.getBounds().getY(), 0.5, "the move is in the saved diagram");
		assertEquals(Determinism.PARTIAL, saved.taskProfile(OCR).orElseThrow().determinism().orElseThrow(),
				"Processware's extension survives bpmn-js and the interchange bundle");
		assertEquals(java.util.List.of("invoice-validation"), saved.taskProfile(OCR).orElseThrow().ruleReferences());

		page.closeAllEditors(false);
		BpmnEditor reopened = open(page, diagram);
		assertEquals("Check for duplicates", js(reopened,
				"return window.pw.modeler.get('elementRegistry').get('check-duplicates').businessObject.name;"));
	}

	@Test
	void determinismChangedInPropertiesRetintsTheTaskAndIsSaved() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		BpmnEditor editor = open(page, diagram);
		page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(editor);
		editor.select(VALIDATE);
		UiWait.until(() -> editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof TaskPropertySource source && source.elementId().equals(VALIDATE),
				TIMEOUT, () -> "the selected task reaches the workbench's selection");
		TaskPropertySource properties = (TaskPropertySource) ((IStructuredSelection) editor.getSite()
				.getSelectionProvider().getSelection()).getFirstElement();
		assertEquals(Determinism.DETERMINISTIC.getValue(), properties.getPropertyValue(TaskPropertySource.DETERMINISM));
		assertEquals("invoice-validation", properties.getPropertyValue(TaskPropertySource.RULES));

		// what the Properties view's combo box does when the analyst picks another class
		properties.setPropertyValue(TaskPropertySource.DETERMINISM, Determinism.NON_DETERMINISTIC.getValue());
		assertEquals("NON_DETERMINISTIC", js(editor, "return window.pw.tintOf('" + VALIDATE + "');"));
		assertTrue(editor.isDirty());
		Screenshots.save(window.getShell(), "bpmn-properties");

		editor.doSave(new NullProgressMonitor());
		assertEquals(Determinism.NON_DETERMINISTIC,
				onDisk(diagram).taskProfile(VALIDATE).orElseThrow().determinism().orElseThrow());
		page.closeAllEditors(false);
		BpmnEditor reopened = open(page, diagram);
		assertEquals("NON_DETERMINISTIC", js(reopened, "return window.pw.tintOf('" + VALIDATE + "');"));
	}

	@Test
	void aChangeOfTheFileOnDiskReachesTheDiagram() throws Exception {
		BpmnEditor editor = open(window.getActivePage(), diagram);
		String changed = new String(diagram.readAllBytes(), StandardCharsets.UTF_8)
				.replace("name=\"Validate invoice\"", "name=\"Check the invoice\"");
		diagram.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, true, null);
		UiWait.until(() -> "Check the invoice".equals(js(editor,
				"var e = window.pw.modeler.get('elementRegistry').get('" + VALIDATE + "'); return e ? e.businessObject.name : null;")),
				TIMEOUT, () -> "the diagram reloads the changed file");
		assertFalse(editor.isDirty());
		assertNotNull(editor.findings());
	}
}
