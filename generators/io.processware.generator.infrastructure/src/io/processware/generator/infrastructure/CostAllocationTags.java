package io.processware.generator.infrastructure;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.processware.generator.GenerationException;
import io.processware.model.domain.Attribute;
import io.processware.model.domain.DataClassification;
import io.processware.model.domain.Domain;
import io.processware.model.domain.Entity;
import io.processware.model.solution.FinOpsSettings;
import io.processware.model.solution.Solution;

/**
 * The cost-allocation tags every cloud resource and every Kubernetes object carries: the model's
 * mandatory tags (FinOps settings), each with a value Processware knows how to fill from the model.
 */
public final class CostAllocationTags {

	private CostAllocationTags() {
	}

	/**
	 * @param profile the environment's name in files and profiles
	 * @return tag name → value, in the model's order; empty when the model has no FinOps settings
	 * @throws GenerationException when a mandatory tag has no source in the model
	 */
	public static Map<String, String> of(Solution solution, String profile, String application) {
		Map<String, String> tags = new LinkedHashMap<>();
		FinOpsSettings finOps = solution.getFinOps();
		if (finOps == null) {
			return tags;
		}
		for (String tag : finOps.getMandatoryTags()) {
			tags.put(tag, valueOf(tag, solution, finOps, profile, application));
		}
		return tags;
	}

	private static String valueOf(String tag, Solution solution, FinOpsSettings finOps, String profile,
			String application) {
		String key = tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		String value = switch (key) {
		case "costcentre", "costcenter" -> finOps.getCostCentre();
		case "owner", "team" -> solution.getOwner();
		case "environment", "env", "stage" -> profile;
		case "dataclassification", "classification" -> highestClassification(solution);
		case "application", "app", "service" -> application;
		case "solution" -> solution.getId();
		case "managedby" -> "processware";
		default -> throw new GenerationException(finOps.getId() + ": mandatory tag '" + tag
				+ "' has no source in the model; Processware fills cost-centre, owner, environment, "
				+ "data-classification, application, solution and managed-by");
		};
		if (value == null || value.isBlank()) {
			throw new GenerationException(finOps.getId() + ": mandatory tag '" + tag + "' would be empty: fill "
					+ (key.startsWith("cost") ? "the cost centre" : "the solution's " + tag) + " in the model");
		}
		return value;
	}

	/** @return the most sensitive classification of any attribute, lower case; "internal" when none is set */
	static String highestClassification(Solution solution) {
		return solution.getDomains().stream().map(Domain::getEntities).flatMap(java.util.List::stream)
				.map(Entity::getAttributes).flatMap(java.util.List::stream).map(Attribute::getClassification)
				.filter(Objects::nonNull).max(Comparator.comparingInt(DataClassification::getValue))
				.orElse(DataClassification.INTERNAL).getLiteral().toLowerCase(Locale.ROOT);
	}

	/** @return a value Kubernetes accepts as a label value (63 characters of [A-Za-z0-9-_.]) */
	public static String labelValue(String value) {
		String cleaned = value.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "")
				.toLowerCase(Locale.ROOT);
		return cleaned.length() > 63 ? cleaned.substring(0, 63).replaceAll("[^a-z0-9]+$", "") : cleaned;
	}
}
