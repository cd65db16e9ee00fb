package io.processware.rules.validation;

/** Codes of the rules language's diagnostics: quick fixes and tests refer to them. */
public final class IssueCodes {

	private static final String PREFIX = "io.processware.rules.";

	public static final String TYPE_MISMATCH = PREFIX + "typeMismatch";
	public static final String MIXED_CURRENCIES = PREFIX + "mixedCurrencies";
	public static final String UNKNOWN_ENUM_VALUE = PREFIX + "unknownEnumValue";
	public static final String INVALID_LITERAL = PREFIX + "invalidLiteral";
	public static final String ROW_SHAPE = PREFIX + "rowShape";
	public static final String OVERLAPPING_ROWS = PREFIX + "overlappingRows";
	public static final String TABLE_GAP = PREFIX + "tableGap";
	public static final String HIT_POLICY = PREFIX + "hitPolicy";
	public static final String UNREACHABLE_RULE = PREFIX + "unreachableRule";
	public static final String CYCLIC_COMPUTED = PREFIX + "cyclicComputed";
	public static final String MISSING_OUTPUT_SCHEMA = PREFIX + "missingOutputSchema";
	public static final String UNKNOWN_PLACEHOLDER = PREFIX + "unknownPlaceholder";
	public static final String DETERMINISM = PREFIX + "determinism";
	public static final String RULE_SET_LINK = PREFIX + "ruleSetLink";
	public static final String INVALID_TARGET = PREFIX + "invalidTarget";

	private IssueCodes() {
	}
}
