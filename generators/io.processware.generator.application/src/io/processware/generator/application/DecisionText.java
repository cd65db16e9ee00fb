package io.processware.generator.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.processware.rules.interpreter.Money;
import io.processware.rules.interpreter.Span;

/**
 * The interpreter's answers written the way the generated test helper ({@code DecisionText} in the
 * service's tests) prints the generated Java's answers, so that a test compares two strings.
 * Output names are the Java component names.
 */
final class DecisionText {

	private DecisionText() {
	}

	static String of(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof BigDecimal number) {
			return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Money money) {
			return of(money.amount()) + " " + money.currency();
		}
		if (value instanceof Span span) {
			return span.months() + "m" + span.minutes();
		}
		if (value instanceof List<?> list) {
			List<String> members = new ArrayList<>();
			list.forEach(member -> members.add(of(member)));
			return members.toString();
		}
		if (value instanceof Map<?, ?> map) {
			List<String> entries = new ArrayList<>();
			map.forEach((key, member) -> entries.add(Names.javaMember(String.valueOf(key)) + "=" + of(member)));
			return "{" + String.join(", ", entries) + "}";
		}
		return value.toString();
	}
}
