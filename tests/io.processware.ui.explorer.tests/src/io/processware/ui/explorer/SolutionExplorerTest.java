package io.processware.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.processware.model.persistence.SolutionResources;
import io.processware.model.process.Determinism;
import io.processware.model.process.Process;
import io.processware.model.process.Task;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.Solution;
import io.processware.model.validation.SolutionValidation;
import io.processware.ui.testing.ExampleProjects;
import io.processware.ui.testing.Screenshots;
import io.processware.ui.testing.UiWait;

/**
 * Solutions in the real workbench: the wizard creates them from the invoice example or empty; the
 * model editor shows the item providers' tree, edits a task's determinism in Properties with Undo
 * and Redo, saves, validates into markers, opens diagrams and rules files on double-click, and selects
 * elements by id for markers and other editors.
 */
class SolutionExplorerTest {
	private static final String VALIDATE = "invoice-to-payment.validate-invoice";
	private static IWorkbenchWindow window;

	@BeforeAll
	static void fullSizeWindow() {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		UiWait.fullSize(window.getShell());
	}

	@AfterEach
	void closeEditors() {
		window.getActivePage().closeAllEditors(false);
	}

	private static IProject createWithWizard(String name, SolutionTemplate template, String screenshot) throws Exception {
		NewSolutionWizard wizard = new NewSolutionWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.choose(name, template);
			if (screenshot != null) {
				Screenshots.save(dialog.getShell(), screenshot);
			}
			assertTrue(wizard.performFinish(), "the wizard finishes");
		} finally {
			dialog.close();
		}
		return wizard.created();
	}

	@Test
	void theWizardCreatesSolutionsFromTheInvoiceExampleOrEmpty() throws Exception {
		IProject invoices = createWithWizard("my-invoices", SolutionTemplate.INVOICE_EXAMPLE, "new-solution-wizard");
		assertTrue(invoices.hasNature(SolutionNature.ID));
		assertTrue(invoices.getFile("invoice-processing.pws").exists());
		assertTrue(invoices.getFile("processes/invoice-to-payment.bpmn").exists());
		assertTrue(invoices.getFile("rules/approval-thresholds.rules").exists());
		Solution solution = SolutionResources.load(SolutionResources.newResourceSet(),
				Path.of(invoices.getFile("invoice-processing.pws").getLocation().toOSString())).solution();
		assertEquals("Invoice processing", solution.getName());

		IProject empty = createWithWizard("Empty Start", SolutionTemplate.EMPTY, null);
		assertTrue(empty.hasNature(SolutionNature.ID));
		Solution fresh = SolutionResources.load(SolutionResources.newResourceSet(),
				Path.of(empty.getFile("Empty Start.pws").getLocation().toOSString())).solution();
		assertEquals("empty-start", fresh.getId());
		assertTrue(empty.getFolder("processes").exists() && empty.getFolder("rules").exists());
		IEditorPart editor = IDE.openEditor(window.getActivePage(), empty.getFile("Empty Start.pws"));
		assertInstanceOf(SolutionModelEditor.class, editor, "a .pws file opens in the solution model editor");
	}

	private static <T extends ModelElement> T element(Solution solution, String id, Class<T> type) {
		for (var it = solution.eAllContents(); it.hasNext();) {
			if (it.next() instanceof ModelElement element && id.equals(element.getId())) {
				return type.cast(element);
			}
		}
		throw new AssertionError("no element " + id);
	}

	private static Object descriptorId(IPropertySource source, String displayName) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName))
				.map(IPropertyDescriptor::getId).findFirst().orElseThrow(() -> new AssertionError("no property " + displayName));
	}

	@Test
	void propertiesEditATaskWithUndoRedoAndSavingValidatesIntoMarkers() throws Exception {
		IProject project = ExampleProjects.copy("invoice-processing", "invoice-model");
		IWorkbenchPage page = window.getActivePage();
		SolutionModelEditor editor = assertInstanceOf(SolutionModelEditor.class,
				IDE.openEditor(page, project.getFile("invoice-processing.pws")));
		TreeItem root = editor.tree().getTree().getItem(0);
		assertTrue(root.getText().contains("Invoice processing"), root.getText());
		assertNotNull(root.getImage(), "icons come from the item providers");

		Task task = element(editor.solution().solution(), VALIDATE, Task.class);
		editor.tree().setSelection(new StructuredSelection(task), true);
		page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(editor);
		IPropertySource properties = editor.propertySource(task);
		Object determinism = descriptorId(properties, "Determinism");
		assertEquals(Determinism.DETERMINISTIC.getValue(), properties.getPropertyValue(determinism));
		properties.setPropertyValue(determinism, Determinism.NON_DETERMINISTIC.getValue());
		assertEquals(Determinism.NON_DETERMINISTIC, task.getDeterminism());
		UiWait.until(editor::isDirty, 10_000, () -> "the editor is dirty after the edit");

		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		assertEquals(Determinism.DETERMINISTIC, task.getDeterminism(), "Undo through the workbench");
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
		assertEquals(Determinism.NON_DETERMINISTIC, task.getDeterminism(), "Redo through the workbench");
		Screenshots.save(window.getShell(), "solution-explorer");

		editor.doSave(null);
		assertFalse(editor.isDirty());
		Solution saved = SolutionResources.load(SolutionResources.newResourceSet(),
				Path.of(project.getFile("invoice-processing.pws").getLocation().toOSString())).solution();
		assertEquals(Determinism.NON_DETERMINISTIC, element(saved, VALIDATE, Task.class).getDeterminism());
		int findings = SolutionValidation.validate(saved).size();
		UiWait.until(() -> {
			try {
				return project.getFile("invoice-processing.pws").findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO).length == findings
						&& ResourcesPlugin.getWorkspace().isTreeLocked() == false;
			} catch (org.eclipse.core.runtime.CoreException e) {
				return false;
			}
		}, 30_000, () -> "one marker per finding of the validator (" + findings + ")");
		for (IMarker marker : project.getFile("invoice-processing.pws").findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
			assertNotNull(marker.getAttribute(ModelMarkers.RULE), "each marker names its rule");
		}
	}

	@Test
	void doubleClickOpensTheProcessDiagramAndTheRulesFile() throws Exception {
		IProject project = ExampleProjects.copy("invoice-processing", "invoice-open");
		SolutionModelEditor editor = assertInstanceOf(SolutionModelEditor.class,
				IDE.openEditor(window.getActivePage(), project.getFile("invoice-processing.pws")));
		Process process = element(editor.solution().solution(), "invoice-to-payment", Process.class);
		IEditorPart diagram = editor.open(process);
		assertNotNull(diagram);
		assertEquals("io.processware.ui.bpmn.editor", diagram.getSite().getId());
		RuleSet rules = editor.solution().solution().getRuleSets().get(0);
		IEditorPart rulesEditor = editor.open(rules);
		assertNotNull(rulesEditor, "rule set " + rules.getId() + " at " + rules.getPath());
		assertEquals("io.processware.ui.rules.editor", rulesEditor.getSite().getId());
	}

	@Test
	void aProblemMarkerOpensTheModelEditorAtItsElement() throws Exception {
		IProject project = ExampleProjects.copy("invoice-processing", "invoice-marker");
		IFile model = project.getFile("invoice-processing.pws");
		String text = new String(model.getContents().readAllBytes(), StandardCharsets.UTF_8);
		String contact = "name=\"contactEmail\" classification=\"CONFIDENTIAL\" personalData=\"true\" retention=\"P10Y\"";
		assertTrue(text.contains(contact));
		model.setContents(new ByteArrayInputStream(text.replace(contact, contact.replace("P10Y", "ten years"))
				.getBytes(StandardCharsets.UTF_8)), true, false, null);
		IWorkbenchPage page = window.getActivePage();
		SolutionModelEditor editor = assertInstanceOf(SolutionModelEditor.class, IDE.openEditor(page, model));
		editor.doSave(null);
		IMarker[] retention = new IMarker[1];
		UiWait.until(() -> {
			try {
				retention[0] = Arrays.stream(model.findMarkers(ModelMarkers.TYPE, false, IResource.DEPTH_ZERO))
						.filter(m -> "finance.supplier.contact-email".equals(m.getAttribute(ModelMarkers.ELEMENT, null)))
						.findFirst().orElse(null);
				return retention[0] != null;
			} catch (org.eclipse.core.runtime.CoreException e) {
				return false;
			}
		}, 30_000, () -> "a marker for the retention 'ten years'");
		page.closeAllEditors(false);

		IEditorPart opened = IDE.openEditor(page, retention[0]);
		SolutionModelEditor atMarker = assertInstanceOf(SolutionModelEditor.class, opened);
		IStructuredSelection selected = atMarker.tree().getStructuredSelection();
		assertEquals(1, selected.size());
		assertEquals("finance.supplier.contact-email", ((ModelElement) selected.getFirstElement()).getId());
		assertTrue(atMarker.tree().getExpandedState(((EObject) selected.getFirstElement()).eContainer()),
				"the element is revealed");
		Screenshots.save(window.getShell(), "model-editor-at-marker");
	}

	@Test
	void otherEditorsSelectElementsInTheModelEditorById() throws Exception {
		IProject project = ExampleProjects.copy("invoice-processing", "invoice-select");
		SolutionModelEditor editor = assertInstanceOf(SolutionModelEditor.class,
				IDE.openEditor(window.getActivePage(), project.getFile("invoice-processing.pws")));
		editor.selectReveal(new StructuredSelection(List.of("finance.invoice.gross-amount", "invoice-to-payment.validate-invoice")));
		List<String> ids = editor.tree().getStructuredSelection().stream().map(e -> ((ModelElement) e).getId()).toList();
		assertEquals(List.of("finance.invoice.gross-amount", "invoice-to-payment.validate-invoice"), ids);
		editor.selectReveal(new StructuredSelection(List.of("no-such-element")));
		assertTrue(editor.tree().getStructuredSelection().isEmpty());
	}
}
