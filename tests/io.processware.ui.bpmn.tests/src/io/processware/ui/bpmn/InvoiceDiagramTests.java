package io.processware.ui.bpmn;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.processware.ui.testing.ExampleProjects;
import io.processware.ui.testing.Screenshots;
import io.processware.ui.testing.UiWait;

/**
 * What the BPMN editor's UI suites share: the workbench window at full size, a fresh copy of the
 * invoice example per test (a project named after the suite), opening a diagram until bpmn-js has
 * drawn it, and closing every editor afterwards.
 */
abstract class InvoiceDiagramTests {
	static final long TIMEOUT = 30_000;
	static IWorkbenchWindow window;
	/** the invoice process of this test's own copy of the example */
	IFile diagram;

	@BeforeAll
	static void fullSizeWindow() {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		UiWait.fullSize(window.getShell());
	}

	@BeforeEach
	void freshInvoiceSolution() throws Exception {
		String project = "invoice-" + getClass().getSimpleName().toLowerCase(Locale.ROOT);
		diagram = ExampleProjects.copy("invoice-processing", project).getFile("processes/invoice-to-payment.bpmn");
	}

	@AfterEach
	void closeEditors() {
		window.getActivePage().closeAllEditors(false);
	}

	/** Opens the file in the BPMN editor and waits until bpmn-js has drawn it. */
	static BpmnEditor open(IWorkbenchPage page, IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(page, file, true);
		BpmnEditor editor = assertInstanceOf(BpmnEditor.class, part, "a .bpmn file opens in the BPMN editor");
		UiWait.until(() -> editor.isImported() || editor.importError() != null, TIMEOUT, () -> {
			try {
				Screenshots.save(page.getWorkbenchWindow().getShell(), "bpmn-open-failed");
			} catch (java.io.IOException e) {
				// the message below says what matters
			}
			return "bpmn-js imports " + file + " (" + editor.diagnose() + ")";
		});
		assertNull(editor.importError());
		return editor;
	}
}
