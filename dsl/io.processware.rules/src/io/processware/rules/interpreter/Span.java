package io.processware.rules.interpreter;

import java.time.LocalDate;

/**
 * A duration as analysts write it: calendar months (months, years) and exact minutes (minutes to
 * weeks) kept apart, so that "date + 1 month" follows the calendar. Comparing two spans counts a
 * month as 30 days, which is exact whenever both sides use the same units.
 */
public record Span(long months, long minutes) implements Comparable<Span> {

	private static final long MINUTES_PER_DAY = 24 * 60;

	public static Span of(long amount, String unit) {
		String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
		return switch (singular) {
			case "minute" -> new Span(0, amount);
			case "hour" -> new Span(0, amount * 60);
			case "day" -> new Span(0, amount * MINUTES_PER_DAY);
			case "week" -> new Span(0, amount * 7 * MINUTES_PER_DAY);
			case "month" -> new Span(amount, 0);
			case "year" -> new Span(amount * 12, 0);
			default -> throw new EvaluationException("unknown unit of time: " + unit);
		};
	}

	public static Span days(long days) {
		return new Span(0, days * MINUTES_PER_DAY);
	}

	Span plus(Span other) {
		return new Span(months + other.months, minutes + other.minutes);
	}

	Span negate() {
		return new Span(-months, -minutes);
	}

	Span times(long factor) {
		return new Span(months * factor, minutes * factor);
	}

	LocalDate addTo(LocalDate date) {
		return date.plusMonths(months).plusDays(minutes / MINUTES_PER_DAY);
	}

	/** @return the length in minutes, a month counted as 30 days (used for ordering and analysis) */
	public long approximateMinutes() {
		return months * 30 * MINUTES_PER_DAY + minutes;
	}

	@Override
	public int compareTo(Span other) {
		return Long.compare(approximateMinutes(), other.approximateMinutes());
	}

	@Override
	public String toString() {
		if (minutes == 0) {
			return months % 12 == 0 && months != 0 ? months / 12 + " years" : months + " months";
		}
		if (months == 0 && minutes % MINUTES_PER_DAY == 0) {
			return minutes / MINUTES_PER_DAY + " days";
		}
		return (months == 0 ? "" : months + " months ") + minutes + " minutes";
	}
}
