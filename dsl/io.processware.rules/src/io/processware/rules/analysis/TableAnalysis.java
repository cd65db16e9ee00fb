package io.processware.rules.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.TableInput;
import io.processware.rules.rules.TableRow;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.Types;

/**
 * Finds overlapping rows and gaps in a decision table, each with an example input. Rows are boxes in
 * the space of inputs; two rows overlap when their boxes intersect in every column; a gap is a point
 * in no box. Both questions are decided exactly on the columns' representative values (see
 * {@link Column#representatives}), so an example is always a real input.
 */
public final class TableAnalysis {

	/** Gap search gives up beyond this many visited combinations (a pathological table stays fast). */
	private static final int BUDGET = 2_000_000;

	/** Two rows (1-based) that both match the example input. */
	public record Overlap(int first, int second, List<Object> example) {
	}

	private final List<Column> columns;
	private final List<List<Cell>> rows;
	private int visited;

	private TableAnalysis(List<Column> columns, List<List<Cell>> rows) {
		this.columns = columns;
		this.rows = rows;
	}

	/** @return the analysis, or empty when a column's type or a cell cannot be reasoned about */
	public static Optional<TableAnalysis> of(DecisionTable table) {
		List<Column> columns = new ArrayList<>();
		List<List<Cell>> rows = new ArrayList<>();
		table.getRows().forEach(row -> rows.add(new ArrayList<>()));
		for (int c = 0; c < table.getInputs().size(); c++) {
			TableInput input = table.getInputs().get(c);
			RulesType type = Types.of(input.getExpression());
			Column column = Column.of(input.getName(), type);
			if (column == null) {
				return Optional.empty();
			}
			CellReader reader = new CellReader(column);
			for (int r = 0; r < table.getRows().size(); r++) {
				TableRow row = table.getRows().get(r);
				if (row.getEntries().size() != table.getInputs().size()) {
					return Optional.empty();
				}
				Cell cell = reader.read(row.getEntries().get(c));
				if (cell == null) {
					return Optional.empty();
				}
				rows.get(r).add(cell);
			}
			if (column.ordered() && type.currency() == null && reader.currencies().size() == 1) {
				column = new Column(column.name(), RulesType.money(reader.currencies().iterator().next()), column.step(),
						column.universe());
			}
			columns.add(column);
		}
		return Optional.of(new TableAnalysis(columns, rows));
	}

	public List<Column> columns() {
		return columns;
	}

	/** @return every pair of rows that can match the same input, with such an input */
	public List<Overlap> overlaps() {
		List<Overlap> overlaps = new ArrayList<>();
		for (int a = 0; a < rows.size(); a++) {
			for (int b = a + 1; b < rows.size(); b++) {
				List<Object> example = commonPoint(rows.get(a), rows.get(b));
				if (example != null) {
					overlaps.add(new Overlap(a + 1, b + 1, example));
				}
			}
		}
		return overlaps;
	}

	private List<Object> commonPoint(List<Cell> a, List<Cell> b) {
		List<Object> point = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			Cell first = a.get(c);
			Cell second = b.get(c);
			Object common = null;
			for (Object candidate : columns.get(c).representatives(List.of(first, second))) {
				if (first.contains(candidate) && second.contains(candidate)) {
					common = candidate;
					break;
				}
			}
			if (common == null) {
				return null;
			}
			point.add(common);
		}
		return point;
	}

	/** @return an input no row matches, or empty when the rows cover every input (or the search gave up) */
	public Optional<List<Object>> gap() {
		visited = 0;
		List<Integer> all = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			all.add(r);
		}
		List<Object> point = new ArrayList<>();
		return Optional.ofNullable(uncovered(0, all, point));
	}

	private List<Object> uncovered(int column, List<Integer> candidates, List<Object> point) {
		if (candidates.isEmpty()) {
			List<Object> example = new ArrayList<>(point);
			for (int c = column; c < columns.size(); c++) {
				example.add(columns.get(c).representatives(List.of()).get(0));
			}
			return example;
		}
		if (column == columns.size() || ++visited > BUDGET) {
			return null;
		}
		Collection<Cell> cells = new ArrayList<>();
		candidates.forEach(r -> cells.add(rows.get(r).get(column)));
		for (Object value : columns.get(column).representatives(cells)) {
			List<Integer> matching = new ArrayList<>();
			for (int r : candidates) {
				if (rows.get(r).get(column).contains(value)) {
					matching.add(r);
				}
			}
			point.add(value);
			List<Object> found = uncovered(column + 1, matching, point);
			point.remove(point.size() - 1);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** @return an example input as "amount = 500 EUR, risk = \"HIGH\"" */
	public String describe(List<Object> example) {
		List<String> parts = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			parts.add(columns.get(c).name() + " = " + columns.get(c).display(example.get(c)));
		}
		return String.join(", ", parts);
	}
}
