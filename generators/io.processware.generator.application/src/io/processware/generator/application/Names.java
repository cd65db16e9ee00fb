package io.processware.generator.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns names that analysts type ("Supplier bank account", "IBAN", "approve-by") into names the
 * generated code can use: Java types and members, SQL tables and columns, URL paths. Reserved words
 * are avoided, never passed through: a field called "class" or a table called "order" must still
 * compile and migrate.
 */
public final class Names {

	private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
			"finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
			"native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
			"super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
			"true", "false", "null", "var", "record", "yield", "sealed", "permits", "_");

	/** Reserved by H2 2.x or PostgreSQL, the databases the generated service runs on. */
	private static final Set<String> SQL_RESERVED = Set.of("all", "and", "any", "array", "as", "asymmetric",
			"authorization", "between", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
			"cross", "current_catalog", "current_date", "current_path", "current_role", "current_schema",
			"current_time", "current_timestamp", "current_user", "day", "default", "deferrable", "desc", "distinct",
			"do", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant",
			"group", "groups", "having", "hour", "if", "ilike", "in", "initially", "inner", "intersect", "interval",
			"into", "is", "join", "key", "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp",
			"minus", "minute", "month", "natural", "not", "null", "offset", "on", "only", "or", "order", "over",
			"partition", "placing", "primary", "qualify", "range", "references", "regexp", "returning", "right", "row",
			"rownum", "rows", "second", "select", "session_user", "set", "some", "symmetric", "system_user", "table",
			"then", "to", "top", "trailing", "true", "uescape", "union", "unique", "unknown", "user", "using", "value",
			"values", "variadic", "when", "where", "window", "with", "year", "_rowid_");

	private static final int SQL_MAX_LENGTH = 63;

	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
	private static final java.util.regex.Pattern CONSONANT_Y = java.util.regex.Pattern.compile(".*[^aeiou]y");
	private static final java.util.regex.Pattern SIBILANT = java.util.regex.Pattern.compile(".*(s|x|z|ch|sh)");

	private Names() {
	}

	/**
	 * @return the words of a name: split at anything that is not a letter or digit and at
	 *         lower-to-upper case changes ("supplierIBAN code" → supplier, IBAN, code)
	 */
	static List<String> words(String name) {
		name = ascii(name);
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!Character.isLetterOrDigit(c) || c > 127) {
				flush(word, words);
				continue;
			}
			boolean boundary = word.length() > 0 && Character.isUpperCase(c)
					&& (Character.isLowerCase(word.charAt(word.length() - 1))
							|| i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
									&& Character.isUpperCase(word.charAt(word.length() - 1)));
			if (boundary) {
				flush(word, words);
			}
			word.append(c);
		}
		flush(word, words);
		return words;
	}

	/** Analysts write "Größe" or "Café": keep the letters, drop the accents (Größe → Grosse). */
	private static String ascii(String name) {
		if (isAscii(name)) {
			// most names: every generated name passes here, and normalising is what a large model's views cost most
			return name;
		}
		String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		return decomposed.replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
				.replace("œ", "oe").replace("Œ", "Oe").replace("ł", "l").replace("Ł", "L");
	}

	private static boolean isAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (word.length() > 0) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	/** @return an UpperCamelCase Java type name ("invoice line" → InvoiceLine) */
	public static String javaType(String name) {
		StringBuilder result = new StringBuilder();
		for (String word : require(name)) {
			result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
		}
		return result.charAt(0) >= '0' && result.charAt(0) <= '9' ? "N" + result : result.toString();
	}

	/** @return a lowerCamelCase Java member name, never a keyword ("Class" → classValue) */
	public static String javaMember(String name) {
		String type = javaType(name);
		String member = Character.toLowerCase(type.charAt(0)) + type.substring(1);
		return JAVA_KEYWORDS.contains(member) ? member + "Value" : member;
	}

	/** @return an UPPER_SNAKE_CASE constant ("in review" → IN_REVIEW) */
	public static String javaConstant(String name) {
		String constant = String.join("_", require(name)).toUpperCase(Locale.ROOT);
		return Character.isDigit(constant.charAt(0)) ? "N_" + constant : constant;
	}

	/** @return a lower-case Java package segment ("Invoice processing" → invoiceprocessing) */
	public static String javaPackageSegment(String name) {
		String segment = String.join("", require(name)).toLowerCase(Locale.ROOT);
		return Character.isDigit(segment.charAt(0)) || JAVA_KEYWORDS.contains(segment) ? "p" + segment : segment;
	}

	/** @return a snake_case SQL identifier that is no reserved word and fits PostgreSQL's 63 characters */
	public static String sql(String name) {
		String identifier = String.join("_", require(name)).toLowerCase(Locale.ROOT);
		if (Character.isDigit(identifier.charAt(0))) {
			identifier = "n_" + identifier;
		}
		if (SQL_RESERVED.contains(identifier)) {
			identifier += "_";
		}
		return identifier.length() > SQL_MAX_LENGTH ? identifier.substring(0, SQL_MAX_LENGTH) : identifier;
	}

	/** @return a kebab-case name ("Invoice processing" → invoice-processing) */
	public static String kebab(String name) {
		return String.join("-", require(name)).toLowerCase(Locale.ROOT);
	}

	/** @return the kebab-case plural for a REST collection ("Supplier bank account" → supplier-bank-accounts) */
	public static String collectionPath(String name) {
		String singular = kebab(name);
		if (CONSONANT_Y.matcher(singular).matches()) {
			return singular.substring(0, singular.length() - 1) + "ies";
		}
		if (SIBILANT.matcher(singular).matches()) {
			return singular + "es";
		}
		return singular + "s";
	}

	private static List<String> require(String name) {
		List<String> words = name == null ? List.of() : words(name);
		if (words.isEmpty()) {
			throw new IllegalArgumentException("'" + name + "' has no letters or digits to make a name from");
		}
		return words;
	}
}
