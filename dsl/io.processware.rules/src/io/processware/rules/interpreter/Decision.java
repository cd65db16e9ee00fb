package io.processware.rules.interpreter;

import java.util.List;
import java.util.Map;

/**
 * The answer of a decision table: the matching rows (1-based, in table order) and the value the hit
 * policy makes of them: one output map (UNIQUE, FIRST, PRIORITY, ANY), a list of output maps
 * (COLLECT), or one aggregated value (COLLECT sum/min/max/count). No match gives null (or the
 * empty list, or 0 for count).
 */
public record Decision(List<Integer> matchedRows, Object value) {

	@SuppressWarnings("unchecked")
	public Map<String, Object> single() {
		return (Map<String, Object>) value;
	}
}
