package io.processware.generator;

import java.util.Locale;
import java.util.Map;

/**
 * How a file type writes a line comment, and so how its protected-region markers look. The markers
 * are Acceleo's ({@code Start of user code <id>} / {@code End of user code}), so that users coming
 * from Acceleo recognise them and their tools keep working.
 */
public enum CommentSyntax {
	SLASHES("// ", ""),
	HASH("# ", ""),
	XML("<!-- ", " -->"),
	DASHES("-- ", ""),
	BLOCK("/* ", " */");

	private static final String START = "Start of user code ";
	private static final String END = "End of user code";

	private static final Map<String, CommentSyntax> BY_EXTENSION = Map.ofEntries(
			Map.entry("java", SLASHES), Map.entry("kt", SLASHES), Map.entry("groovy", SLASHES),
			Map.entry("scala", SLASHES), Map.entry("js", SLASHES), Map.entry("mjs", SLASHES),
			Map.entry("ts", SLASHES), Map.entry("tsx", SLASHES), Map.entry("jsx", SLASHES),
			Map.entry("go", SLASHES), Map.entry("rs", SLASHES), Map.entry("c", SLASHES), Map.entry("h", SLASHES),
			Map.entry("cpp", SLASHES), Map.entry("cs", SLASHES), Map.entry("swift", SLASHES),
			Map.entry("proto", SLASHES), Map.entry("tf", SLASHES), Map.entry("hcl", SLASHES),
			Map.entry("gradle", SLASHES),
			Map.entry("yml", HASH), Map.entry("yaml", HASH), Map.entry("properties", HASH), Map.entry("sh", HASH),
			Map.entry("py", HASH), Map.entry("rb", HASH), Map.entry("toml", HASH), Map.entry("conf", HASH),
			Map.entry("cfg", HASH), Map.entry("env", HASH), Map.entry("dockerfile", HASH),
			Map.entry("makefile", HASH), Map.entry("gitignore", HASH), Map.entry("r", HASH),
			Map.entry("xml", XML), Map.entry("html", XML), Map.entry("htm", XML), Map.entry("md", XML),
			Map.entry("xsd", XML), Map.entry("wsdl", XML), Map.entry("bpmn", XML), Map.entry("svg", XML),
			Map.entry("sql", DASHES),
			Map.entry("css", BLOCK), Map.entry("scss", SLASHES));

	private final String open;
	private final String close;

	CommentSyntax(String open, String close) {
		this.open = open;
		this.close = close;
	}

	/**
	 * @param path a file path with '/' separators
	 * @return the comment syntax of the file's type, or {@code null} when the type has no comments
	 *         (JSON, for example) or is unknown: such files cannot hold protected regions
	 */
	public static CommentSyntax forPath(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		String key = dot < 0 ? name : name.substring(dot + 1);
		return BY_EXTENSION.get(key);
	}

	/** @return the line that opens region {@code id}, without indentation or line end */
	public String startMarker(String id) {
		return open + START + id + close;
	}

	/** @return the line that closes a region, without indentation or line end */
	public String endMarker() {
		return open + END + close;
	}

	/** @return a pattern matching a start marker line; group 1 is the indentation, group 2 the id */
	String startPattern() {
		return "^([ \\t]*)" + quoted(open) + "\\s*" + START.trim() + "\\s+(\\S+?)\\s*" + quoted(close) + "\\s*$";
	}

	/** @return a pattern matching an end marker line */
	String endPattern() {
		return "^[ \\t]*" + quoted(open) + "\\s*" + END + "\\s*" + quoted(close) + "\\s*$";
	}

	private static String quoted(String marker) {
		String trimmed = marker.trim();
		return trimmed.isEmpty() ? "" : java.util.regex.Pattern.quote(trimmed);
	}
}
