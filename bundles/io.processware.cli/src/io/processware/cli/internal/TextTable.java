package io.processware.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals and CI logs: columns as wide as their widest cell, numbers
 * right-aligned, everything else left-aligned.
 */
final class TextTable {
	private final List<String[]> rows = new ArrayList<>();

	/** @param header the column titles, separated by '|' (as the messages file holds them) */
	TextTable(String header) {
		rows.add(header.split("\\|"));
	}

	TextTable row(Object... cells) {
		rows.add(java.util.Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
		return this;
	}

	void print(PrintWriter out) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				String cell = rows.get(r)[i];
				boolean number = r > 0 && cell.matches("[0-9.,/ ]+");
				String padding = " ".repeat(widths[i] - cell.length());
				line.append(number ? padding + cell : cell + padding).append(i < columns - 1 ? "  " : "");
			}
			out.println(line.toString().stripTrailing());
			if (r == 0) {
				out.println("-".repeat(line.toString().stripTrailing().length()));
			}
		}
	}
}
