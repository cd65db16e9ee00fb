package io.processware.rules.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.processware.rules.rules.Between;
import io.processware.rules.rules.Binary;
import io.processware.rules.rules.BooleanLiteral;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.InTest;
import io.processware.rules.rules.MemberAccess;
import io.processware.rules.rules.SymbolRef;
import io.processware.rules.types.Types;

/**
 * A condition read as "each of these inputs lies in this cell" ({@code invoice.grossAmount > 10000 EUR
 * and invoice.status = "VALIDATED"}), so that one condition can be shown to imply another or to be
 * unsatisfiable. Conditions of any other shape are not read (empty).
 */
public record Conjunction(Map<String, Column> columns, Map<String, Cell> cells) {

	public static Optional<Conjunction> of(Expression condition) {
		Conjunction conjunction = new Conjunction(new LinkedHashMap<>(), new LinkedHashMap<>());
		return conjunction.add(condition) ? Optional.of(conjunction) : Optional.empty();
	}

	private boolean add(Expression condition) {
		if (condition instanceof BooleanLiteral bool) {
			return bool.isValue();
		}
		if (condition instanceof Binary binary && "and".equals(binary.getOp())) {
			return add(binary.getLeft()) && add(binary.getRight());
		}
		if (condition instanceof Binary binary && isPath(binary.getLeft())) {
			return constrain(binary.getLeft(), reader -> reader.comparison(binary.getOp(), binary.getRight()));
		}
		if (condition instanceof Binary binary && isPath(binary.getRight())) {
			String flipped = switch (binary.getOp()) {
				case "<" -> ">";
				case "<=" -> ">=";
				case ">" -> "<";
				case ">=" -> "<=";
				default -> binary.getOp();
			};
			return constrain(binary.getRight(), reader -> reader.comparison(flipped, binary.getLeft()));
		}
		if (condition instanceof InTest in && isPath(in.getValue())) {
			return constrain(in.getValue(), reader -> {
				Cell cell = reader.equalTo(in.getValues());
				return cell == null || !in.isNegated() ? cell : new Cell.NoneOf(cell);
			});
		}
		if (condition instanceof Between between && isPath(between.getValue())) {
			return constrain(between.getValue(), reader -> {
				Cell low = reader.comparison(">=", between.getLow());
				Cell high = reader.comparison("<=", between.getHigh());
				return low == null || high == null ? null : new Cell.AllOf(List.of(low, high));
			});
		}
		return false;
	}

	private static boolean isPath(Expression expression) {
		return expression instanceof SymbolRef || expression instanceof MemberAccess;
	}

	private boolean constrain(Expression path, java.util.function.Function<CellReader, Cell> read) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(path);
		if (node == null) {
			return false;
		}
		String key = NodeModelUtils.getTokenText(node).replaceAll("\\s", "");
		Column column = Column.of(key, Types.of(path));
		if (column == null) {
			return false;
		}
		Cell cell = read.apply(new CellReader(column));
		if (cell == null) {
			return false;
		}
		columns.putIfAbsent(key, column);
		Cell previous = cells.get(key);
		cells.put(key, previous == null ? cell : new Cell.AllOf(List.of(previous, cell)));
		return true;
	}

	/** @return whether no input satisfies the condition */
	public boolean unsatisfiable() {
		for (Map.Entry<String, Cell> entry : cells.entrySet()) {
			Cell cell = entry.getValue();
			if (columns.get(entry.getKey()).representatives(List.of(cell)).stream().noneMatch(cell::contains)) {
				return true;
			}
		}
		return false;
	}

	/** @return whether every input satisfying this condition satisfies {@code other} too */
	public boolean implies(Conjunction other) {
		for (Map.Entry<String, Cell> entry : other.cells.entrySet()) {
			Cell mine = cells.get(entry.getKey());
			if (mine == null) {
				return false;
			}
			Cell theirs = entry.getValue();
			List<Cell> both = new ArrayList<>(List.of(mine, theirs));
			for (Object value : columns.get(entry.getKey()).representatives(both)) {
				if (mine.contains(value) && !theirs.contains(value)) {
					return false;
				}
			}
		}
		return true;
	}
}
