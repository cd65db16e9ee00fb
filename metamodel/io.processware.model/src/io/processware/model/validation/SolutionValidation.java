package io.processware.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

import io.processware.model.persistence.ElementLabels;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.Solution;

/**
 * Validates solution models headless: {@link #validate(Solution)} gives every finding in model
 * order. The workbench reuses the same validator through EMF's global registry
 * ({@link #registerGlobally()}), so its Validate action and markers say the same.
 */
public final class SolutionValidation {

	private static final SolutionValidator VALIDATOR = new SolutionValidator();

	private SolutionValidation() {
	}

	/** Makes EMF's {@link Diagnostician#INSTANCE} use the Processware rules (for the workbench). */
	public static void registerGlobally() {
		for (EPackage ePackage : SolutionResources.packages()) {
			EValidator.Registry.INSTANCE.put(ePackage, VALIDATOR);
		}
	}

	/** @return the findings of the solution and everything in it, in model order */
	public static List<Finding> validate(Solution solution) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
		for (EPackage ePackage : SolutionResources.packages()) {
			registry.put(ePackage, VALIDATOR);
		}
		Diagnostician diagnostician = new LabellingDiagnostician(registry);
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(solution);
		Map<Object, Object> context = new HashMap<>(diagnostician.createDefaultContext());
		diagnostician.validate(solution, result, context);
		List<Finding> findings = new ArrayList<>();
		collect(result, findings);
		return findings;
	}

	private static void collect(Diagnostic diagnostic, List<Finding> findings) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (!child.getData().isEmpty() && child.getData().get(0) instanceof EObject element) {
				findings.add(new Finding(element, ElementLabels.of(element), rule(child), Severity.of(child.getSeverity()),
						child.getMessage()));
			}
			collect(child, findings);
		}
	}

	private static Rule rule(Diagnostic diagnostic) {
		if (diagnostic.getData().size() > 1 && diagnostic.getData().get(1) instanceof Rule rule) {
			return rule;
		}
		return EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
				&& diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES ? Rule.MODEL_UNKNOWN_REFERENCE
						: Rule.MODEL_WELL_FORMED;
	}

	/** Names elements in EMF's own messages the way findings name them: by id. */
	private static final class LabellingDiagnostician extends Diagnostician {
		LabellingDiagnostician(EValidator.Registry registry) {
			super(registry);
		}

		@Override
		public String getObjectLabel(EObject eObject) {
			return ElementLabels.of(eObject);
		}

		@Override
		public String getFeatureLabel(EStructuralFeature feature) {
			return feature.getName();
		}
	}
}
