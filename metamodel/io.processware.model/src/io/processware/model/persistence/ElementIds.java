package io.processware.model.persistence;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import io.processware.model.solution.ModelElement;
import io.processware.model.solution.NamedElement;
import io.processware.model.solution.Solution;

/**
 * The ids of model elements. An id is given once, when an element is first saved without one, and
 * never derived again, so renaming an element keeps its references intact. A new id is readable and
 * deterministic: the container's id, a dot and the element's name in kebab case
 * ({@code approve-invoice.ocr-intake}), or the kind and position for unnamed elements
 * ({@code approve-invoice.sequence-flow-3}); a numeric suffix keeps it unique.
 */
public final class ElementIds {

	/** What a valid id looks like: no white space (ids are listed space-separated in references). */
	public static final Pattern VALID = Pattern.compile("\\S+");

	private static final Pattern NON_ID_CHARACTERS = Pattern.compile("[^a-z0-9]+");

	private ElementIds() {
	}

	/** Gives every element of the resource that has no id a new one. */
	public static void assignMissing(Resource resource) {
		Set<String> taken = new HashSet<>();
		boolean missing = false;
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (it.next() instanceof ModelElement element) {
				if (element.getId() == null || element.getId().isEmpty()) {
					missing = true;
				} else {
					taken.add(element.getId());
				}
			}
		}
		if (!missing) {
			return;
		}
		// containers come before their contents, so a parent's new id exists when its children need it
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (it.next() instanceof ModelElement element && (element.getId() == null || element.getId().isEmpty())) {
				element.setId(unique(proposal(element), taken));
			}
		}
	}

	private static String proposal(ModelElement element) {
		String local = element instanceof NamedElement named && named.getName() != null && !slug(named.getName()).isEmpty()
				? slug(named.getName())
				: slug(element.eClass().getName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", "-")) + "-" + position(element);
		EObject container = element.eContainer();
		if (container instanceof ModelElement parent && !(container instanceof Solution) && parent.getId() != null) {
			return parent.getId() + "." + local;
		}
		return local;
	}

	private static int position(EObject element) {
		EStructuralFeature feature = element.eContainingFeature();
		if (feature == null || !feature.isMany()) {
			return 1;
		}
		return ((java.util.List<?>) element.eContainer().eGet(feature)).indexOf(element) + 1;
	}

	private static String unique(String proposal, Set<String> taken) {
		String id = proposal;
		for (int suffix = 2; !taken.add(id); suffix++) {
			id = proposal + "-" + suffix;
		}
		return id;
	}

	/** {@code "Approve Invoice (4-eyes)"} becomes {@code "approve-invoice-4-eyes"}. */
	static String slug(String text) {
		String lower = NON_ID_CHARACTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
		return lower.replaceAll("^-+|-+$", "");
	}
}
