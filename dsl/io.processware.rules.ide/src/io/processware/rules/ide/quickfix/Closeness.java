package io.processware.rules.ide.quickfix;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Orders candidate names by how close they are to a misspelt one (edit distance, case-insensitive). */
final class Closeness {

	private Closeness() {
	}

	/** @return up to {@code limit} candidates within a plausible distance, closest first */
	static List<String> closest(String wrong, List<String> candidates, int limit) {
		String lower = wrong.toLowerCase(Locale.ROOT);
		int tolerance = Math.max(2, wrong.length() / 2);
		return candidates.stream().distinct()
				.filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT)) <= tolerance)
				.sorted(Comparator.comparingInt((String candidate) -> distance(lower, candidate.toLowerCase(Locale.ROOT)))
						.thenComparing(Comparator.naturalOrder()))
				.limit(limit).toList();
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
