package io.processware.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.processware.ui.testing.Screenshots;

/**
 * The product as an analyst meets it: the real workbench window, branded Processware, in the
 * Processware perspective with its views, over an Eclipse workspace of projects and files.
 */
class ProcesswareWorkbenchTest {

	private static final String[] PERSPECTIVE_VIEWS = { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
			IPageLayout.ID_PROP_SHEET, IConsoleConstants.ID_CONSOLE_VIEW, IPageLayout.ID_OUTLINE };

	private static IWorkbenchWindow window;

	@BeforeAll
	static void openTheWindowFullSize() {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Shell shell = window.getShell();
		// Xvfb has no window manager to maximise with: size the shell to the screen ourselves
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
		shell.setBounds(screen.x, screen.y, Math.min(screen.width, 1600), Math.min(screen.height, 1000));
		Screenshots.settle(shell.getDisplay());
	}

	@Test
	void windowIsBrandedProcessware() {
		assertEquals("Processware", org.eclipse.core.runtime.Platform.getProduct().getName());
		assertEquals("io.processware.ui.workbench", org.eclipse.core.runtime.Platform.getProduct().getId());
		assertTrue(window.getShell().getText().contains("Processware"), window.getShell().getText());
		assertTrue(window.getShell().getImages().length >= 4, "the window carries the Processware icons");
	}

	@Test
	void opensInTheProcesswarePerspectiveWithItsViews() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		assertEquals(ProcesswarePerspective.ID, page.getPerspective().getId());
		for (String id : PERSPECTIVE_VIEWS) {
			assertNotNull(page.findViewReference(id), "the perspective lays out view " + id);
			IViewPart view = page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
			// a view that failed to load is replaced by the platform's error part: it must be the real one
			assertNotEquals("org.eclipse.ui.internal.ErrorViewPart", view.getClass().getName(), id);
		}
	}

	@Test
	void analystsWorkInProjectsAndFilesOfTheWorkspace() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("invoice-processing");
		NullProgressMonitor monitor = new NullProgressMonitor();
		if (!project.exists()) {
			project.create(monitor);
		}
		project.open(monitor);
		IFile readme = project.getFile("README.md");
		if (!readme.exists()) {
			readme.create(new ByteArrayInputStream("# Invoice processing\n".getBytes(StandardCharsets.UTF_8)), true,
					monitor);
		}

		IWorkbenchPage page = window.getActivePage();
		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().refresh();
		explorer.getCommonViewer().expandToLevel(project, 1);
		Screenshots.settle(window.getShell().getDisplay());
		TreeItem[] roots = explorer.getCommonViewer().getTree().getItems();
		assertTrue(Arrays.stream(roots).anyMatch(item -> item.getText().equals("invoice-processing")),
				() -> "Project Explorer shows " + Arrays.toString(roots));

		Path screenshot = Screenshots.save(window.getShell(), "workbench");
		assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the whole window, not a blank: " + screenshot);
	}
}
