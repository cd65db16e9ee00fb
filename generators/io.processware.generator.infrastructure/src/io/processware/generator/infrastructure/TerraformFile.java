package io.processware.generator.infrastructure;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bertramlabs.plugins.hcl4j.HCLParser;

import io.processware.generator.QaFinding;

/**
 * A generated Terraform file parsed by hcl4j (a real HCL parser): its top-level blocks as hcl4j
 * returns them, and where each resource starts, for findings that name a line.
 *
 * @param path    relative to the output folder
 * @param lines   the file's text
 * @param content hcl4j's result: block type → labels → attributes
 */
public record TerraformFile(String path, List<String> lines, Map<String, Object> content) {

	private static final Pattern PARSER_LINE = Pattern.compile("line:?\\s*(\\d+)");

	/** One {@code resource "type" "name"} block. */
	public record Resource(String type, String name, Map<String, Object> attributes, long line) {
	}

	/**
	 * @throws QaFindingException when the file cannot be read or HCL rejects it (with the parser's line)
	 */
	public static TerraformFile read(Path output, String path) throws QaFindingException {
		String text = QaFindingException.readText(output, path);
		try {
			Map<String, Object> content = new HCLParser().parse(text);
			return new TerraformFile(path, text.lines().toList(), content == null ? Map.of() : content);
		} catch (Exception | Error e) {
			// hcl4j reports "... found on line: N col: M", sometimes wrapped in a RuntimeException
			String message = e.getCause() != null && e.getMessage() != null && e.getMessage().startsWith(e.getCause().getClass().getName())
					? e.getCause().getMessage() : e.getMessage();
			Matcher line = PARSER_LINE.matcher(String.valueOf(message));
			throw new QaFindingException(new QaFinding(path, line.find() ? Long.parseLong(line.group(1)) : 0,
					"HCL: " + message));
		}
	}

	/** @return every resource block, in file order */
	@SuppressWarnings("unchecked")
	public List<Resource> resources() {
		Map<String, Resource> found = new LinkedHashMap<>();
		if (content.get("resource") instanceof Map<?, ?> types) {
			types.forEach((type, names) -> {
				if (names instanceof Map<?, ?> byName) {
					byName.forEach((name, attributes) -> found.put(type + "." + name,
							new Resource((String) type, (String) name,
									attributes instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(),
									lineOf("resource", (String) type, (String) name))));
				}
			});
		}
		return List.copyOf(found.values());
	}

	/** @return the 1-based line where a block with these labels starts; 0 when not found */
	public long lineOf(String block, String... labels) {
		StringBuilder pattern = new StringBuilder("^\\s*" + Pattern.quote(block));
		for (String label : labels) {
			pattern.append("\\s+\"").append(Pattern.quote(label)).append('"');
		}
		Pattern start = Pattern.compile(pattern.append("\\s*\\{").toString());
		for (int i = 0; i < lines.size(); i++) {
			if (start.matcher(lines.get(i)).find()) {
				return i + 1L;
			}
		}
		return 0;
	}

	/** @return the first line at or after {@code from} that contains {@code text}; {@code from} when none does */
	public long lineContaining(long from, String text) {
		for (int i = (int) Math.max(0, from - 1); i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1L;
			}
		}
		return from;
	}
}
