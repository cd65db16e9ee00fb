package io.processware.generator.application;

import io.processware.generator.ModelView;
import java.util.List;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.AttributeType;

/**
 * How one domain attribute appears in the generated service: Java field, SQL column(s), OpenAPI
 * schema, bean validation and a sample value for the generated tests.
 *
 * @param source      the model element
 * @param field       the Java field
 * @param accessor    the accessor suffix (getX/setX)
 * @param column      the SQL column, or the column prefix for money ({@code _amount}, {@code _currency})
 * @param kind        {@code plain}, {@code money} or {@code enumeration}
 * @param javaType    the Java type
 * @param sqlType     the SQL type (money: the amount's)
 * @param maxLength   the maximum length of text values, or null
 * @param required    must be present
 * @param unique      unique among the entity's rows
 * @param openApiType the OpenAPI type (money and enumerations: the schema name)
 * @param openApiFormat the OpenAPI format, or null
 * @param sampleJson  a valid value as JSON, for generated tests
 * @param otherSampleJson another valid value, for update tests
 * @param classification the data classification, upper case
 * @param personalData   whether the attribute holds personal data
 */
public record AttributeModel(Attribute source, String field, String accessor, String column, String kind,
		String javaType, String sqlType, Integer maxLength, boolean required, boolean unique, String openApiType,
		String openApiFormat, String sampleJson, String otherSampleJson, String classification, boolean personalData)
		implements ModelView {

	static final int TEXT_LENGTH = 255;
	static final int DOCUMENT_LENGTH = 1024;

	static AttributeModel of(Attribute attribute, List<EnumerationModel> enumerations) {
		String field = Names.javaMember(attribute.getName());
		String accessor = Character.toUpperCase(field.charAt(0)) + field.substring(1);
		String column = Names.sql(attribute.getName());
		String classification = attribute.getClassification() == null ? "INTERNAL"
				: attribute.getClassification().getName();
		AttributeType type = attribute.getType() == null ? AttributeType.TEXT : attribute.getType();
		return switch (type) {
		case TEXT -> new AttributeModel(attribute, field, accessor, column, "plain", "String", "varchar(255)",
				TEXT_LENGTH, attribute.isRequired(), attribute.isUnique(), "string", null, "\"" + field + "-1\"",
				"\"" + field + "-2\"", classification, attribute.isPersonalData());
		case DOCUMENT -> new AttributeModel(attribute, field, accessor, column, "plain", "String", "varchar(1024)",
				DOCUMENT_LENGTH, attribute.isRequired(), attribute.isUnique(), "string", "uri",
				"\"doc://" + field + "/1\"", "\"doc://" + field + "/2\"", classification, attribute.isPersonalData());
		case INTEGER -> new AttributeModel(attribute, field, accessor, column, "plain", "Long", "bigint", null,
				attribute.isRequired(), attribute.isUnique(), "integer", "int64", "42", "43", classification,
				attribute.isPersonalData());
		case DECIMAL -> new AttributeModel(attribute, field, accessor, column, "plain", "java.math.BigDecimal",
				"numeric(19,4)", null, attribute.isRequired(), attribute.isUnique(), "number", null, "12.5", "13.75",
				classification, attribute.isPersonalData());
		case MONEY -> new AttributeModel(attribute, field, accessor, column, "money", "Money", "numeric(19,4)", null,
				attribute.isRequired(), attribute.isUnique(), "Money", null, "{\"amount\":100.5,\"currency\":\"EUR\"}",
				"{\"amount\":250,\"currency\":\"EUR\"}", classification, attribute.isPersonalData());
		case BOOLEAN -> new AttributeModel(attribute, field, accessor, column, "plain", "Boolean", "boolean", null,
				attribute.isRequired(), attribute.isUnique(), "boolean", null, "true", "false", classification,
				attribute.isPersonalData());
		case DATE -> new AttributeModel(attribute, field, accessor, column, "plain", "java.time.LocalDate", "date",
				null, attribute.isRequired(), attribute.isUnique(), "string", "date", "\"2026-01-31\"",
				"\"2026-02-28\"", classification, attribute.isPersonalData());
		case DATE_TIME -> new AttributeModel(attribute, field, accessor, column, "plain", "java.time.Instant",
				"timestamp(6) with time zone", null, attribute.isRequired(), attribute.isUnique(), "string",
				"date-time", "\"2026-01-31T10:15:30Z\"", "\"2026-02-28T08:00:00Z\"", classification,
				attribute.isPersonalData());
		case ENUMERATION -> enumeration(attribute, field, accessor, column, classification, enumerations);
		};
	}

	private static AttributeModel enumeration(Attribute attribute, String field, String accessor, String column,
			String classification, List<EnumerationModel> enumerations) {
		EnumerationModel enumeration = enumerations.stream().filter(e -> e.source() == attribute.getEnumeration())
				.findFirst().orElseThrow(() -> new IllegalArgumentException(
						"attribute " + attribute.getName() + " is an enumeration but names none"));
		String first = enumeration.constants().get(0);
		String second = enumeration.constants().get(enumeration.constants().size() > 1 ? 1 : 0);
		return new AttributeModel(attribute, field, accessor, column, "enumeration", enumeration.className(),
				"varchar(64)", null, attribute.isRequired(), attribute.isUnique(), enumeration.className(), null,
				"\"" + first + "\"", "\"" + second + "\"", classification, attribute.isPersonalData());
	}

	/** @return whether the attribute is an amount with a currency (an embedded {@code Money}) */
	public boolean isMoney() {
		return kind.equals("money");
	}

	/** @return whether the attribute takes its values from a domain enumeration */
	public boolean isEnumeration() {
		return kind.equals("enumeration");
	}

	@Override
	public Object element() {
		return source;
	}
}
