package io.processware.generator.application;

import java.util.Collection;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.processware.generator.ModelDependencies;

/**
 * Model elements as the engine tracks them: keyed by their ids, fingerprinted by their own feature
 * values and the ids of the elements they contain or refer to (whose own state is tracked when a
 * template reads it).
 */
public final class EmfDependencies implements ModelDependencies {

	/** ids of elements without one are URI fragments, costly to compute: once per element and run */
	private final java.util.Map<Object, String> ids = new java.util.IdentityHashMap<>();

	@Override
	public String key(Object object) {
		return object instanceof EObject ? id(object) : null;
	}

	private String id(Object element) {
		return ids.computeIfAbsent(element, ModelIds::of);
	}

	@Override
	public Collection<?> children(Object object) {
		// the whole containment tree, so that elements templates reach by navigation are found again
		return object instanceof EObject element ? element.eContents() : java.util.List.of();
	}

	@Override
	public String fingerprint(Object object) {
		EObject element = (EObject) object;
		StringBuilder text = new StringBuilder(element.eClass().getName());
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			Object value = element.eGet(feature, false);
			text.append('|').append(feature.getName()).append('=');
			if (feature instanceof EAttribute) {
				text.append(value);
			} else if (value instanceof Collection<?> targets) {
				text.append('[');
				targets.forEach(target -> text.append(id(target)).append(','));
				text.append(']');
			} else if (value != null) {
				text.append(id(value));
			}
		}
		return text.toString();
	}
}
