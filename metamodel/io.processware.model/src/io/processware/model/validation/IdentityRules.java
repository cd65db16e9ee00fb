package io.processware.model.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import io.processware.model.persistence.ElementIds;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.Solution;

/**
 * Ids carry the references of a solution file: each is unique in the solution and free of white
 * space. A duplicate would make references silently point at the wrong element.
 */
final class IdentityRules implements RuleGroup {

	@Override
	public void check(EObject element, Findings findings) {
		if (element instanceof ModelElement modelElement && modelElement.getId() != null
				&& !ElementIds.VALID.matcher(modelElement.getId()).matches()) {
			findings.report(Rule.MODEL_ID_FORMAT, element, modelElement.getId());
		}
		if (element instanceof Solution solution) {
			Map<String, ModelElement> first = new HashMap<>();
			for (TreeIterator<EObject> it = solution.eAllContents(); it.hasNext();) {
				if (it.next() instanceof ModelElement candidate && candidate.getId() != null) {
					ModelElement earlier = first.putIfAbsent(candidate.getId(), candidate);
					if (earlier != null) {
						findings.report(Rule.MODEL_UNIQUE_ID, candidate, candidate.getId(), earlier.eClass().getName());
					}
				}
			}
		}
	}
}
