package io.processware.rules.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;

import io.processware.model.domain.Enumeration;
import io.processware.rules.rules.Binary;
import io.processware.rules.rules.DateLiteral;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.InTest;
import io.processware.rules.rules.ListLiteral;
import io.processware.rules.rules.NumberLiteral;
import io.processware.rules.rules.PrimitiveKind;
import io.processware.rules.rules.PrimitiveType;
import io.processware.rules.rules.RulesPackage;
import io.processware.rules.rules.StringLiteral;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.RulesType.EnumType;
import io.processware.rules.types.Types;

/** Literals that parse but mean nothing: unknown currencies, impossible dates, values an enumeration lacks. */
public class LiteralChecks extends RulesCheck {

	/** ISO 4217 codes are three capital letters. */
	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	@Check
	public void number(NumberLiteral number) {
		if (number.getCurrency() != null && !CURRENCY.matcher(number.getCurrency()).matches()) {
			error("'" + number.getCurrency() + "' is not a currency code (three capital letters, e.g. EUR)", number,
					RulesPackage.Literals.NUMBER_LITERAL__CURRENCY, IssueCodes.INVALID_LITERAL);
		}
		if (number.getUnit() != null && number.getValue() != null && number.getValue().stripTrailingZeros().scale() > 0) {
			error("a duration counts whole " + number.getUnit(), number, RulesPackage.Literals.NUMBER_LITERAL__VALUE,
					IssueCodes.INVALID_LITERAL);
		}
	}

	@Check
	public void date(DateLiteral date) {
		try {
			LocalDate.parse(date.getValue());
		} catch (DateTimeParseException e) {
			error("'" + date.getValue() + "' is not a date (write yyyy-mm-dd)", date, RulesPackage.Literals.DATE_LITERAL__VALUE,
					IssueCodes.INVALID_LITERAL);
		}
	}

	@Check
	public void primitive(PrimitiveType type) {
		if (type.getCurrency() == null) {
			return;
		}
		if (type.getKind() != PrimitiveKind.MONEY) {
			error("only money has a currency", type, RulesPackage.Literals.PRIMITIVE_TYPE__CURRENCY, IssueCodes.INVALID_LITERAL);
		} else if (!CURRENCY.matcher(type.getCurrency()).matches()) {
			error("'" + type.getCurrency() + "' is not a currency code (three capital letters, e.g. EUR)", type,
					RulesPackage.Literals.PRIMITIVE_TYPE__CURRENCY, IssueCodes.INVALID_LITERAL);
		}
	}

	@Check
	public void enumComparison(Binary binary) {
		if ("=".equals(binary.getOp()) || "!=".equals(binary.getOp())) {
			enumValue(Types.of(binary.getLeft()), binary.getRight());
			enumValue(Types.of(binary.getRight()), binary.getLeft());
		}
	}

	@Check
	public void enumMembership(InTest in) {
		RulesType type = Types.of(in.getValue());
		if (in.getValues() instanceof ListLiteral list) {
			list.getElements().forEach(element -> enumValue(type, element));
		} else {
			enumValue(type, in.getValues());
		}
	}

	/** Reports a text literal standing for a value the enumeration does not have (issue data: the literals). */
	void enumValue(RulesType type, Expression value) {
		String problem = unknownEnumValue(type, value);
		if (problem != null) {
			errorAt(value, problem, IssueCodes.UNKNOWN_ENUM_VALUE,
					((EnumType) type).enumeration().getLiterals().toArray(String[]::new));
		}
	}

	/** @return why a text literal is not a value of an enumeration type, or null when it is (or is no such case) */
	static String unknownEnumValue(RulesType type, Expression value) {
		if (type instanceof EnumType enumType && value instanceof StringLiteral text) {
			Enumeration enumeration = enumType.enumeration();
			List<String> literals = enumeration.getLiterals();
			if (!literals.contains(text.getValue())) {
				return "'" + text.getValue() + "' is not a value of " + type.label() + " (" + String.join(", ", literals) + ")";
			}
		}
		return null;
	}
}
