package io.processware.ui.explorer;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view of a model element selected in the Project Explorer: the item providers'
 * properties, read-only. The explorer's models have no command stack (edits there could not be
 * undone nor saved with the model editor's), so editing happens in the model editor.
 */
public final class ModelPropertyAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof EObject element
				&& NavigatorModels.get().fileOf(element) != null) {
			return adapterType.cast(new ModelPropertySource(element, null, NavigatorModels.get().adapterFactory()));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
