package io.processware.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The protected regions of one file's text: found by their markers, in file order. Malformed
 * markers (an end without a start, a region left open, a nested start, an id used twice) are errors
 * naming the file and line: guessing where user code ends could lose it.
 */
public final class ProtectedRegions {

	private final String text;
	private final List<String> lines;
	private final Map<String, ProtectedRegion> regions;
	/** for each region, the index of its start and end marker lines */
	private final Map<String, int[]> spans;

	private ProtectedRegions(String text, List<String> lines, Map<String, ProtectedRegion> regions,
			Map<String, int[]> spans) {
		this.text = text;
		this.lines = lines;
		this.regions = regions;
		this.spans = spans;
	}

	/**
	 * Finds the regions of a text.
	 *
	 * @param text   the file's content
	 * @param syntax the file type's comment syntax
	 * @param file   the file's name, for error messages
	 */
	public static ProtectedRegions parse(String text, CommentSyntax syntax, String file) {
		if (!syntax.mayHoldRegions(text) && !text.contains("End of user code")) {
			return new ProtectedRegions(text, List.of(), Map.of(), Map.of());
		}
		Pattern start = syntax.startPattern();
		Pattern end = syntax.endPattern();
		List<String> lines = splitKeepingLineEnds(text);
		Map<String, ProtectedRegion> regions = new LinkedHashMap<>();
		Map<String, int[]> spans = new LinkedHashMap<>();
		String openId = null;
		int openLine = -1;
		StringBuilder content = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = stripLineEnd(lines.get(i));
			// both markers say "... of user code": most lines need no regular expression
			boolean marker = line.contains("of user code");
			Matcher startMatch = marker ? start.matcher(line) : null;
			if (marker && startMatch.matches()) {
				if (openId != null) {
					throw new GenerationException(file + ":" + (i + 1) + ": protected region '" + startMatch.group(2)
							+ "' starts inside region '" + openId + "' (opened at line " + (openLine + 1) + ")");
				}
				openId = startMatch.group(2);
				if (regions.containsKey(openId)) {
					throw new GenerationException(file + ":" + (i + 1) + ": protected region '" + openId
							+ "' appears twice (first at line " + regions.get(openId).line() + ")");
				}
				openLine = i;
				content.setLength(0);
			} else if (marker && end.matcher(line).matches()) {
				if (openId == null) {
					throw new GenerationException(file + ":" + (i + 1) + ": 'End of user code' without a start marker");
				}
				regions.put(openId, new ProtectedRegion(openId, content.toString(), openLine + 1));
				spans.put(openId, new int[] { openLine, i });
				openId = null;
			} else if (openId != null) {
				content.append(lines.get(i));
			}
		}
		if (openId != null) {
			throw new GenerationException(file + ":" + (openLine + 1) + ": protected region '" + openId
					+ "' is never closed with 'End of user code'");
		}
		return new ProtectedRegions(text, lines, Collections.unmodifiableMap(regions), spans);
	}

	/** @return the regions by id, in file order */
	public Map<String, ProtectedRegion> byId() {
		return regions;
	}

	/**
	 * @param contents for a region id, the content to put between its markers, or {@code null} to
	 *                 keep the content it has
	 * @return the text with region contents replaced, markers and everything else unchanged
	 */
	public String replaceContents(Function<String, String> contents) {
		if (regions.isEmpty()) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		int next = 0;
		for (Map.Entry<String, int[]> span : spans.entrySet()) {
			int startLine = span.getValue()[0];
			int endLine = span.getValue()[1];
			for (; next <= startLine; next++) {
				result.append(lines.get(next));
			}
			String replacement = contents.apply(span.getKey());
			if (replacement == null) {
				for (; next < endLine; next++) {
					result.append(lines.get(next));
				}
			} else {
				result.append(replacement);
				next = endLine;
			}
		}
		for (; next < lines.size(); next++) {
			result.append(lines.get(next));
		}
		return result.toString();
	}

	/**
	 * @return the text with every region's content removed: what the generator alone owns. Two
	 *         versions of a file whose skeletons differ were edited outside protected regions.
	 */
	public String skeleton() {
		return replaceContents(id -> "");
	}

	static List<String> splitKeepingLineEnds(String text) {
		List<String> lines = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(from, i + 1));
				from = i + 1;
			}
		}
		if (from < text.length()) {
			lines.add(text.substring(from));
		}
		return lines;
	}

	private static String stripLineEnd(String line) {
		int end = line.length();
		while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
			end--;
		}
		return line.substring(0, end);
	}
}
