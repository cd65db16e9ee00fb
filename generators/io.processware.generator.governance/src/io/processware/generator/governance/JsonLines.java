package io.processware.generator.governance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The line of every value of a JSON file, by JSON pointer: what a schema error names, as a reader finds it. */
final class JsonLines {

	private final Map<String, Integer> lines;

	private JsonLines(Map<String, Integer> lines) {
		this.lines = lines;
	}

	static JsonLines of(Path file) throws IOException {
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
					lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
							parser.currentTokenLocation().getLineNr());
				}
			}
		}
		return new JsonLines(lines);
	}

	/** @return the line of the value at this pointer, else of its nearest enclosing value, else 1 */
	int line(String pointer) {
		for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
			Integer line = lines.get(p);
			if (line != null) {
				return line;
			}
			if (p.isEmpty()) {
				return 1;
			}
		}
	}
}
