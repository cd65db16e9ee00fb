package io.processware.ui.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import io.processware.bpmn.BpmnImporter;
import io.processware.bpmn.TaskProfile;
import io.processware.model.process.ImplementationStatus;
import io.processware.ui.testing.Screenshots;

/**
 * A task's Processware facts in the workbench's Properties view, edited there through the view's
 * own cell editors: the edit is a bpmn-js command on the diagram's extension attributes (saved,
 * reopened), and the view follows bpmn-js's undo instead of showing a stale value.
 */
class BpmnPropertiesTest extends InvoiceDiagramTests {
	private static final String VALIDATE = "invoice-to-payment.validate-invoice";
	private static final String STATUS = "Implementation status";
	private static final String RULES = "Rules used";

	private static String js(BpmnEditor editor, String script) {
		Object result = editor.evaluate(script);
		return result == null ? null : String.valueOf(result);
	}

	private static String statusInDiagram(BpmnEditor editor) {
		return js(editor, "return JSON.parse(window.pw.describe('" + VALIDATE + "')).implementationStatus;");
	}

	private static TaskProfile onDisk(IFile file) throws Exception {
		return BpmnImporter.read(Path.of(file.getLocation().toOSString())).taskProfile(VALIDATE).orElseThrow();
	}

	private static PropertiesView selectValidateInvoice(IWorkbenchPage page, BpmnEditor editor) throws Exception {
		PropertiesView properties = PropertiesView.show(page);
		page.activate(editor);
		editor.select(VALIDATE);
		properties.waitFor("Id", VALIDATE, "the selected task reaches the Properties view");
		return properties;
	}

	@Test
	void statusAndRulesEditedInPropertiesAreSavedInTheDiagram() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		BpmnEditor editor = open(page, diagram);
		PropertiesView properties = selectValidateInvoice(page, editor);
		assertEquals("DETERMINISTIC", properties.shown("Determinism"));
		assertEquals("", properties.shown(STATUS), "the example records no status for the task");
		assertEquals("invoice-validation", properties.shown(RULES));

		properties.choose(STATUS, "GENERATED");
		assertEquals("GENERATED", statusInDiagram(editor), "the edit reached bpmn-js's model");
		properties.waitFor(STATUS, "GENERATED", "the view shows the new status");
		assertTrue(editor.isDirty());
		properties.type(RULES, "invoice-validation, approval-thresholds");
		properties.waitFor(RULES, "invoice-validation, approval-thresholds", "the view shows both rule sets");
		Screenshots.save(window.getShell(), "bpmn-properties");

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals(ImplementationStatus.GENERATED, onDisk(diagram).implementationStatus().orElseThrow());
		assertEquals(List.of("invoice-validation", "approval-thresholds"), onDisk(diagram).ruleReferences());

		page.closeAllEditors(false);
		BpmnEditor reopened = open(page, diagram);
		assertEquals("GENERATED", statusInDiagram(reopened));
		selectValidateInvoice(page, reopened).waitFor(RULES, "invoice-validation, approval-thresholds", "reopened");
	}

	@Test
	void undoAndRedoInBpmnJsRefreshTheProperties() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		BpmnEditor editor = open(page, diagram);
		PropertiesView properties = selectValidateInvoice(page, editor);
		properties.choose(STATUS, "VALIDATED");
		properties.choose("Determinism", "PARTIAL");
		properties.waitFor("Determinism", "PARTIAL", "the view shows the new class");
		assertEquals("PARTIAL", js(editor, "return window.pw.tintOf('" + VALIDATE + "');"), "the task is retinted");

		page.activate(editor);
		editor.evaluate("window.pw.modeler.get('commandStack').undo(); return 1;");
		properties.waitFor("Determinism", "DETERMINISTIC", "bpmn-js's undo reaches the Properties view");
		assertEquals("VALIDATED", properties.shown(STATUS), "one undo, one step");
		assertEquals("DETERMINISTIC", js(editor, "return window.pw.tintOf('" + VALIDATE + "');"), "the tint is undone too");
		editor.evaluate("window.pw.modeler.get('commandStack').undo(); return 1;");
		properties.waitFor(STATUS, "", "the second undo reaches the Properties view");
		Screenshots.save(window.getShell(), "bpmn-properties-undone");
		editor.evaluate("window.pw.modeler.get('commandStack').redo(); return 1;");
		properties.waitFor(STATUS, "VALIDATED", "bpmn-js's redo reaches the Properties view");
	}
}
