package io.processware.ui.explorer;

import java.net.URL;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

import io.processware.model.domain.provider.DomainItemProviderAdapterFactory;
import io.processware.model.generation.provider.GenerationItemProviderAdapterFactory;
import io.processware.model.process.provider.ProcessItemProviderAdapterFactory;
import io.processware.model.review.provider.ReviewItemProviderAdapterFactory;
import io.processware.model.solution.provider.SolutionItemProviderAdapterFactory;

/**
 * The model tree's children, labels and icons, all from the metamodel's generated EMF item providers
 * (emf.edit.ui, which would adapt them to JFace, is not obtainable: these two small adapters do it).
 */
final class ItemProviders {

	private ItemProviders() {
	}

	static ComposedAdapterFactory adapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new SolutionItemProviderAdapterFactory());
		factory.addAdapterFactory(new DomainItemProviderAdapterFactory());
		factory.addAdapterFactory(new ProcessItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReviewItemProviderAdapterFactory());
		factory.addAdapterFactory(new GenerationItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}

	/** Children from {@link ITreeItemContentProvider}; the input is a list of roots. */
	static final class Content implements ITreeContentProvider {
		private final AdapterFactory factory;

		Content(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(parent, ITreeItemContentProvider.class);
			Collection<?> children = provider == null ? List.of() : provider.getChildren(parent);
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
			return provider == null ? null : provider.getParent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
			return provider != null && provider.hasChildren(element);
		}
	}

	/** Text and icon from {@link IItemLabelProvider}; icons are the edit bundle's GIFs, cached. */
	static class Labels extends LabelProvider {
		private final AdapterFactory factory;
		private final Map<URL, Image> images = new HashMap<>();

		Labels(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public String getText(Object element) {
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
			return provider == null ? String.valueOf(element) : provider.getText(element);
		}

		@Override
		public Image getImage(Object element) {
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
			Object image = provider == null ? null : provider.getImage(element);
			if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
				image = composed.getImages().get(0);
			}
			return image instanceof URL url ? images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(u).createImage()) : null;
		}

		@Override
		public void dispose() {
			images.values().forEach(Image::dispose);
			images.clear();
			super.dispose();
		}
	}
}
