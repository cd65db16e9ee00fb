package io.processware.rules.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import io.processware.rules.types.RulesType;
import io.processware.rules.types.RulesType.EnumType;
import io.processware.rules.types.RulesType.Kind;

/**
 * One input dimension of a table or condition: how its values are ordered or enumerated, and the
 * finite set of representative values that decide every question about a finite set of cells (each
 * boundary, a value between each two neighbouring boundaries, one below and one above all, and for
 * discrete inputs one value nobody listed).
 */
public record Column(String name, RulesType type, BigDecimal step, List<Object> universe) {

	/** A value standing for "any text not listed" in examples. */
	public static final String OTHER_TEXT = "(any other text)";

	/** @return the column for an input of this type, or null when such inputs cannot be analysed */
	public static Column of(String name, RulesType type) {
		if (type.is(Kind.NUMBER)) {
			return new Column(name, type, BigDecimal.ZERO, null);
		}
		if (type.is(Kind.MONEY)) {
			return new Column(name, type, new BigDecimal("0.01"), null);
		}
		if (type.is(Kind.DATE)) {
			return new Column(name, type, BigDecimal.ONE, null);
		}
		if (type.is(Kind.DURATION)) {
			return new Column(name, type, BigDecimal.ONE, null);
		}
		if (type.is(Kind.BOOLEAN)) {
			return new Column(name, type, null, List.of(Boolean.TRUE, Boolean.FALSE));
		}
		if (type instanceof EnumType enumType) {
			return new Column(name, type, null, List.copyOf(enumType.enumeration().getLiterals()));
		}
		if (type.is(Kind.TEXT)) {
			return new Column(name, type, null, null);
		}
		return null;
	}

	public boolean ordered() {
		return step != null;
	}

	/** @return values such that any two values no cell can tell apart are represented by one of them */
	public List<Object> representatives(Collection<Cell> cells) {
		List<Object> boundaries = new ArrayList<>();
		cells.forEach(cell -> cell.boundaries(boundaries));
		return ordered() ? orderedRepresentatives(boundaries) : discreteRepresentatives(boundaries);
	}

	private List<Object> orderedRepresentatives(List<Object> boundaries) {
		TreeSet<BigDecimal> points = new TreeSet<>();
		boundaries.forEach(point -> points.add((BigDecimal) point));
		List<Object> representatives = new ArrayList<>();
		if (points.isEmpty()) {
			representatives.add(BigDecimal.ZERO);
			return representatives;
		}
		BigDecimal unit = step.signum() == 0 ? BigDecimal.ONE : step;
		representatives.add(points.first().subtract(unit));
		BigDecimal previous = null;
		for (BigDecimal point : points) {
			if (previous != null) {
				BigDecimal between = step.signum() == 0 ? previous.add(point).divide(BigDecimal.TWO) : previous.add(step);
				if (between.compareTo(point) < 0) {
					representatives.add(between);
				}
			}
			representatives.add(point);
			previous = point;
		}
		representatives.add(points.last().add(unit));
		return representatives;
	}

	private List<Object> discreteRepresentatives(List<Object> boundaries) {
		List<Object> representatives = new ArrayList<>();
		for (Object value : boundaries) {
			if (!representatives.contains(value)) {
				representatives.add(value);
			}
		}
		if (universe == null) {
			representatives.add(OTHER_TEXT);
		} else {
			universe.stream().filter(value -> !representatives.contains(value)).findFirst().ifPresent(representatives::add);
		}
		return representatives;
	}

	/** @return a value as the analyst would write it */
	public String display(Object value) {
		if (value instanceof BigDecimal number) {
			if (type.is(Kind.DATE)) {
				return "date \"" + LocalDate.ofEpochDay(number.longValueExact()) + "\"";
			}
			if (type.is(Kind.DURATION)) {
				return number.toPlainString() + " minutes";
			}
			String plain = number.stripTrailingZeros().toPlainString();
			return type.currency() != null ? plain + " " + type.currency() : plain;
		}
		if (value instanceof String text && !OTHER_TEXT.equals(text)) {
			return "\"" + text + "\"";
		}
		return String.valueOf(value);
	}
}
