package io.processware.ui.rules.tryit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.processware.rules.interpreter.Money;

/**
 * Reads the input values an analyst types into "Try it", one per line, in the rules language's own
 * notation: {@code invoice.grossAmount = 5000 EUR}, {@code invoice.invoiceDate = 2026-01-31},
 * {@code invoice.status = "CAPTURED"}, {@code urgent = true}. Dotted names build nested facts as the
 * interpreter expects them (a fact is a map of its attributes). Lines starting with # are comments.
 */
public final class FactInput {
	private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)*)\\s*=\\s*(.*?)\\s*");
	private static final Pattern MONEY = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s+([A-Z]{3})");
	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private FactInput() {
	}

	/**
	 * @return the facts by name
	 * @throws IllegalArgumentException naming the line that is not {@code name = value}
	 */
	public static Map<String, Object> parse(String text) {
		Map<String, Object> facts = new LinkedHashMap<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches() || matcher.group(2).isEmpty()) {
				throw new IllegalArgumentException("line " + (i + 1) + ": expected 'name = value', found '" + line + "'");
			}
			put(facts, matcher.group(1).split("\\."), value(matcher.group(2), i + 1));
		}
		return facts;
	}

	@SuppressWarnings("unchecked")
	private static void put(Map<String, Object> facts, String[] path, Object value) {
		Map<String, Object> owner = facts;
		for (int i = 0; i < path.length - 1; i++) {
			Object next = owner.computeIfAbsent(path[i], name -> new LinkedHashMap<String, Object>());
			if (!(next instanceof Map)) {
				throw new IllegalArgumentException("'" + path[i] + "' has a value and cannot also have members");
			}
			owner = (Map<String, Object>) next;
		}
		owner.put(path[path.length - 1], value);
	}

	static Object value(String text, int line) {
		Matcher money = MONEY.matcher(text);
		if (money.matches()) {
			return Money.of(money.group(1), money.group(2));
		}
		if (NUMBER.matcher(text).matches()) {
			return new BigDecimal(text);
		}
		if (DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("line " + line + ": '" + text + "' is not a date (yyyy-mm-dd)");
			}
		}
		if (text.equals("true") || text.equals("false")) {
			return Boolean.valueOf(text);
		}
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			return text.substring(1, text.length() - 1);
		}
		return text;
	}
}
