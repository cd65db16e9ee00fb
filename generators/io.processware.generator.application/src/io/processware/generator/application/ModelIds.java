package io.processware.generator.application;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.processware.model.solution.ModelElement;

/** The ids the trace records for model elements: their stable XMI id, else their URI fragment. */
public final class ModelIds {

	private ModelIds() {
	}

	public static String of(Object element) {
		if (element instanceof ModelElement modelElement && modelElement.getId() != null
				&& !modelElement.getId().isBlank()) {
			return modelElement.getId();
		}
		if (element instanceof EObject object) {
			// positions repeat across files (every rules file has a "/0"): the file's name keeps them apart
			org.eclipse.emf.common.util.URI uri = EcoreUtil.getURI(object);
			String file = object.eResource() == null || uri.lastSegment() == null ? "" : uri.lastSegment() + "#";
			return file + uri.fragment();
		}
		return String.valueOf(element);
	}
}
