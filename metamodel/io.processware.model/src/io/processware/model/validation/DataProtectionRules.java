package io.processware.model.validation;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.DataClassification;
import io.processware.model.persistence.ElementLabels;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentData;

/**
 * Data governance: confidential and restricted data says how long it is kept and where it must
 * stay; personal data (PII) never sits unencrypted in an environment holding production data.
 */
final class DataProtectionRules implements RuleGroup {

	private static final int NAMED_ATTRIBUTES = 3;

	@Override
	public void check(EObject element, Findings findings) {
		if (element instanceof Attribute attribute) {
			checkAttribute(attribute, findings);
		} else if (element instanceof Environment environment) {
			checkEnvironment(environment, findings);
		}
	}

	private static void checkAttribute(Attribute attribute, Findings findings) {
		DataClassification classification = attribute.getClassification();
		boolean sensitive = classification == DataClassification.CONFIDENTIAL
				|| classification == DataClassification.RESTRICTED;
		if (sensitive && (blank(attribute.getRetention()) || blank(attribute.getResidency()))) {
			String missing = blank(attribute.getRetention()) && blank(attribute.getResidency()) ? "retention and residency"
					: blank(attribute.getRetention()) ? "retention" : "residency";
			findings.report(Rule.DATA_RETENTION_RESIDENCY, attribute, attribute.getName(),
					classification.getLiteral().toLowerCase(java.util.Locale.ROOT), missing);
		}
		if (!blank(attribute.getRetention())) {
			try {
				Period.parse(attribute.getRetention());
			} catch (DateTimeParseException e) {
				findings.report(Rule.DATA_RETENTION_FORMAT, attribute, attribute.getRetention());
			}
		}
	}

	private static void checkEnvironment(Environment environment, Findings findings) {
		if (environment.getData() != EnvironmentData.PRODUCTION_DATA || environment.isEncryptionAtRest()) {
			return;
		}
		List<Attribute> personal = personalData(environment, findings);
		if (!personal.isEmpty()) {
			List<String> names = personal.stream().limit(NAMED_ATTRIBUTES).map(ElementLabels::of).toList();
			String more = personal.size() > NAMED_ATTRIBUTES ? " and " + (personal.size() - NAMED_ATTRIBUTES) + " more" : "";
			findings.report(Rule.DATA_PII_ENCRYPTION_AT_REST, environment, environment.getName(),
					String.join(", ", names) + more);
		}
	}

	/** @return the solution's PII attributes, found once per validation */
	@SuppressWarnings("unchecked")
	private static List<Attribute> personalData(Environment environment, Findings findings) {
		return (List<Attribute>) findings.context().computeIfAbsent(DataProtectionRules.class, key -> {
			List<Attribute> found = new ArrayList<>();
			for (TreeIterator<EObject> it = EcoreUtil.getRootContainer(environment).eAllContents(); it.hasNext();) {
				if (it.next() instanceof Attribute attribute && attribute.isPersonalData()) {
					found.add(attribute);
				}
			}
			return found;
		});
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
