package io.processware.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The EMF validator of every metamodel package: EMF's own checks (required values, unresolved
 * references, ...) and then Processware's rules. Hand-written rather than generated, because a
 * generated validator would need its bodies filled in inside generated code (see ADR 0003).
 * Stateless and thread-safe; what a validation computes once is kept in its context map.
 */
public final class SolutionValidator extends EObjectValidator {

	/** The source of the diagnostics this validator adds; EMF's own keep theirs. */
	public static final String DIAGNOSTIC_SOURCE = "io.processware.model";

	private final List<RuleGroup> rules = List.of(new IdentityRules(), new ProcessFlowRules(), new GatewayRules(),
			new TaskRules(), new DataProtectionRules(), new QualityGateRules(), new ReviewRules(), new FinOpsRules());

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, eObject, diagnostics, context);
		Findings findings = new Findings(diagnostics, context);
		for (RuleGroup group : rules) {
			group.check(eObject, findings);
		}
		return valid && findings.clean();
	}

	/**
	 * EMF's own duplicate-id check names both elements by their shared id, which reads as
	 * nonsense; {@link IdentityRules} reports duplicates with the rule id and the other element's kind.
	 */
	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
