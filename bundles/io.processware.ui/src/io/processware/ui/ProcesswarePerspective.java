package io.processware.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;

/**
 * The analyst's perspective: solution projects on the left, editors in the middle, the selected
 * element's outline on the right, and problems, properties and the engine's console below.
 */
public final class ProcesswarePerspective implements IPerspectiveFactory {

	/** The perspective's id, also the product's default perspective. */
	public static final String ID = "io.processware.ui.perspective";

	private static final String[] BOTTOM_VIEWS = { IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET,
			IConsoleConstants.ID_CONSOLE_VIEW };

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();

		IFolderLayout explorer = layout.createFolder("io.processware.ui.left", IPageLayout.LEFT, 0.22f, editorArea);
		explorer.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout details = layout.createFolder("io.processware.ui.bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
		for (String view : BOTTOM_VIEWS) {
			details.addView(view);
		}

		IFolderLayout outline = layout.createFolder("io.processware.ui.right", IPageLayout.RIGHT, 0.78f, editorArea);
		outline.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		for (String view : BOTTOM_VIEWS) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
