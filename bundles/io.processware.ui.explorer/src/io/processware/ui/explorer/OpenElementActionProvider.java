package io.processware.ui.explorer;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/**
 * Double-click (and Open in the context menu) on a model element in the Project Explorer opens the
 * editor for it at that element ({@link OpenElement}).
 */
public final class OpenElementActionProvider extends CommonActionProvider {
	private OpenAction open;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			open = new OpenAction(workbenchSite);
		}
	}

	@Override
	public void fillActionBars(IActionBars actionBars) {
		if (open != null && open.element() != null) {
			actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (open != null && open.element() != null) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
		}
	}

	private static final class OpenAction extends Action {
		private final ICommonViewerWorkbenchSite site;

		OpenAction(ICommonViewerWorkbenchSite site) {
			super("Open");
			this.site = site;
		}

		/** @return the one selected model element, or null */
		EObject element() {
			return site.getSelectionProvider().getSelection() instanceof IStructuredSelection selection
					&& selection.size() == 1 && selection.getFirstElement() instanceof EObject element ? element : null;
		}

		@Override
		public void run() {
			EObject element = element();
			IFile file = element == null ? null : NavigatorModels.get().fileOf(element);
			if (file == null) {
				return;
			}
			IWorkbenchPage page = site.getPage();
			try {
				OpenElement.open(page, Path.of(file.getLocation().toOSString()), element);
			} catch (PartInitException e) {
				MessageDialog.openError(site.getShell(), "Cannot open", e.getMessage());
			}
		}
	}
}
