package io.processware.ui.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySource;

/** What a part's selection shows in the Properties view, for tests that cannot name the selected type. */
public final class Selections {

	private Selections() {
	}

	/** @return whether the part's first selected element has a property whose value is one of the names */
	public static boolean names(IWorkbenchPart part, String... names) {
		if (!(part.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection)
				|| selection.isEmpty()) {
			return false;
		}
		Object first = selection.getFirstElement();
		IPropertySource source = first instanceof IPropertySource direct ? direct : Adapters.adapt(first, IPropertySource.class);
		List<String> wanted = List.of(names);
		return source != null && Arrays.stream(source.getPropertyDescriptors())
				.map(descriptor -> Objects.toString(source.getPropertyValue(descriptor.getId()))).anyMatch(wanted::contains);
	}
}
