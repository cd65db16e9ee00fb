package io.processware.ui.explorer;

import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The Project Explorer's labels and icons of model elements, from the item providers like the model
 * editor's; a file whose model is still loading or cannot be loaded says so.
 */
public final class SolutionModelLabels extends ItemProviders.Labels {

	public SolutionModelLabels() {
		super(NavigatorModels.get().adapterFactory());
	}

	@Override
	public String getText(Object element) {
		if (element instanceof NavigatorModels.Pending) {
			return "Loading…";
		}
		if (element instanceof NavigatorModels.Unloadable unloadable) {
			return "Cannot load the model: " + unloadable.reason();
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof NavigatorModels.Unloadable) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return element instanceof NavigatorModels.Pending ? null : super.getImage(element);
	}
}
