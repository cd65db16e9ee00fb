package io.processware.model.validation;

import org.eclipse.emf.ecore.EObject;

/** The rules of one concern (process flow, tasks, data protection, ...), checked element by element. */
interface RuleGroup {

	/** Checks one element, reporting what is wrong with it; elements the group does not concern are ignored. */
	void check(EObject element, Findings findings);
}
