package io.processware.model.persistence;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.processware.model.solution.ModelElement;

/**
 * How diagnostics name an element: its id, which is what one searches for in the file; an element
 * without an id (not saved yet) is named by its container's label and its place there.
 */
public final class ElementLabels {

	private ElementLabels() {
	}

	public static String of(EObject element) {
		if (element instanceof ModelElement modelElement && modelElement.getId() != null
				&& !modelElement.getId().isEmpty()) {
			return modelElement.getId();
		}
		EObject container = element.eContainer();
		EStructuralFeature feature = element.eContainingFeature();
		if (container == null || feature == null) {
			return element.eClass().getName();
		}
		String place = feature.isMany()
				? feature.getName() + "[" + ((List<?>) container.eGet(feature)).indexOf(element) + "]"
				: feature.getName();
		return of(container) + "/" + place;
	}
}
