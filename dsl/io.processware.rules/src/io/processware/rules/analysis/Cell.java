package io.processware.rules.analysis;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The set of values one table cell (or one condition on one input) accepts, in a form that can be
 * reasoned about without data: unions of intervals on ordered inputs, finite (or co-finite) sets of
 * values on discrete ones.
 */
public sealed interface Cell {

	boolean contains(Object point);

	/** Adds the values where this cell's membership may change (interval ends, listed values). */
	void boundaries(Collection<Object> into);

	/** Accepts everything ("-"). */
	record Any() implements Cell {
		@Override
		public boolean contains(Object point) {
			return true;
		}

		@Override
		public void boundaries(Collection<Object> into) {
			// no boundary: membership never changes
		}
	}

	/** An interval of an ordered input; a null end is unbounded. */
	record Interval(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) implements Cell {
		@Override
		public boolean contains(Object point) {
			BigDecimal x = (BigDecimal) point;
			if (low != null && (lowOpen ? x.compareTo(low) <= 0 : x.compareTo(low) < 0)) {
				return false;
			}
			return high == null || (highOpen ? x.compareTo(high) < 0 : x.compareTo(high) <= 0);
		}

		@Override
		public void boundaries(Collection<Object> into) {
			if (low != null) {
				into.add(low);
			}
			if (high != null) {
				into.add(high);
			}
		}
	}

	/** Listed values of a discrete input, or all values but those (complement). */
	record Values(Set<Object> values, boolean complement) implements Cell {
		@Override
		public boolean contains(Object point) {
			return values.contains(point) != complement;
		}

		@Override
		public void boundaries(Collection<Object> into) {
			into.addAll(values);
		}
	}

	record AnyOf(List<Cell> cells) implements Cell {
		@Override
		public boolean contains(Object point) {
			return cells.stream().anyMatch(cell -> cell.contains(point));
		}

		@Override
		public void boundaries(Collection<Object> into) {
			cells.forEach(cell -> cell.boundaries(into));
		}
	}

	record AllOf(List<Cell> cells) implements Cell {
		@Override
		public boolean contains(Object point) {
			return cells.stream().allMatch(cell -> cell.contains(point));
		}

		@Override
		public void boundaries(Collection<Object> into) {
			cells.forEach(cell -> cell.boundaries(into));
		}
	}

	record NoneOf(Cell cell) implements Cell {
		@Override
		public boolean contains(Object point) {
			return !cell.contains(point);
		}

		@Override
		public void boundaries(Collection<Object> into) {
			cell.boundaries(into);
		}
	}
}
