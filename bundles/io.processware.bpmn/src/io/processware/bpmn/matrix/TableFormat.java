package io.processware.bpmn.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * How a report table is written: aligned plain text for terminals, Markdown and HTML for the docs.
 * The cells are plain text; Markdown and HTML escape what their syntax would take for markup.
 */
public enum TableFormat {
	TEXT, MARKDOWN, HTML;

	/** @return the table (header, then rows; every row as long as the header) */
	public String render(String title, List<String> header, List<List<String>> rows) {
		return switch (this) {
		case TEXT -> text(title, header, rows);
		case MARKDOWN -> markdown(title, header, rows);
		case HTML -> html(title, header, rows);
		};
	}

	private static String text(String title, List<String> header, List<List<String>> rows) {
		int[] widths = new int[header.size()];
		List<List<String>> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		for (List<String> row : all) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder out = new StringBuilder(title).append('\n');
		for (List<String> row : all) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				line.append(i == 0 ? "" : "  ").append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length()));
			}
			out.append(line.toString().stripTrailing()).append('\n');
		}
		return out.toString();
	}

	private static String markdown(String title, List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
		out.append(markdownRow(header)).append("|---".repeat(header.size())).append("|\n");
		rows.forEach(row -> out.append(markdownRow(row)));
		return out.toString();
	}

	private static String markdownRow(List<String> cells) {
		StringBuilder row = new StringBuilder();
		cells.forEach(cell -> row.append("| ").append(cell.replace("|", "\\|").replace("\n", " ")).append(' '));
		return row.append("|\n").toString();
	}

	private static String html(String title, List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder("<table>\n  <caption>").append(escape(title)).append("</caption>\n");
		out.append("  <thead><tr>");
		header.forEach(cell -> out.append("<th>").append(escape(cell)).append("</th>"));
		out.append("</tr></thead>\n  <tbody>\n");
		for (List<String> row : rows) {
			out.append("    <tr>");
			row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
			out.append("</tr>\n");
		}
		return out.append("  </tbody>\n</table>\n").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
