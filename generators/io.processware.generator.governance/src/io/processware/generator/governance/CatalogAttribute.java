package io.processware.generator.governance;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.generator.application.AttributeModel;

/**
 * One attribute in the data catalog and the retention job.
 *
 * @param attribute the attribute as the service stores it
 * @param type      the model's attribute type
 * @param columns   its database columns (money: amount and currency)
 * @param retention its ISO-8601 retention period, or empty when kept indefinitely
 * @param residency where its data must reside (a jurisdiction such as EU, or a region), or empty
 * @param samples   Java expressions of a valid value per column, for the generated retention test
 *                  ({@code tag} and {@code n} make values of unique columns distinct)
 */
public record CatalogAttribute(AttributeModel attribute, String type, List<String> columns, String retention,
		String residency, List<String> samples) implements ModelView {

	/** @return whether the attribute's values expire */
	public boolean retained() {
		return !retention.isEmpty();
	}

	/** @return whether the database column may be emptied (otherwise an expired value takes its row along) */
	public boolean erasable() {
		return !attribute.required();
	}

	/** @return the database comment: the attribute's governance in one line, quotes doubled for SQL */
	public String comment() {
		String text = attribute.classification().toLowerCase(java.util.Locale.ROOT)
				+ (attribute.personalData() ? ", personal data" : "")
				+ (retained() ? ", retention " + retention : "") + (residency.isEmpty() ? "" : ", resides in " + residency)
				+ (attribute.source().getDescription() == null ? "" : ": " + attribute.source().getDescription());
		return text.replace("'", "''");
	}

	@Override
	public Object element() {
		return attribute.source();
	}
}
