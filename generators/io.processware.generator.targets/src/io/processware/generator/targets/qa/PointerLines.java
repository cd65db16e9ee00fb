package io.processware.generator.targets.qa;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The line of every value of a JSON or YAML document, by JSON pointer: what a schema validator's
 * error names, turned into the line a reader of the file finds it on.
 */
public final class PointerLines {

	private final Map<String, Integer> lines;

	private PointerLines(Map<String, Integer> lines) {
		this.lines = lines;
	}

	/** @return the lines of a JSON file's values */
	public static PointerLines ofJson(Path file) throws IOException {
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
					lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
							parser.currentTokenLocation().getLineNr());
				}
			}
		}
		return new PointerLines(lines);
	}

	/** @return the lines of each document of a YAML file */
	public static List<PointerLines> ofYaml(Path file) throws IOException {
		List<PointerLines> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (Node node : new Yaml(new LoaderOptions()).composeAll(reader)) {
				Map<String, Integer> lines = new HashMap<>();
				walk(node, "", lines);
				documents.add(new PointerLines(lines));
			}
		}
		return documents;
	}

	private static void walk(Node node, String pointer, Map<String, Integer> lines) {
		lines.put(pointer, node.getStartMark().getLine() + 1);
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
				String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
				walk(tuple.getValueNode(), child, lines);
				lines.put(child, tuple.getKeyNode().getStartMark().getLine() + 1);
			}
		} else if (node instanceof SequenceNode sequence) {
			for (int i = 0; i < sequence.getValue().size(); i++) {
				walk(sequence.getValue().get(i), pointer + "/" + i, lines);
			}
		}
	}

	/** @return whether the document has a value at this pointer */
	public boolean has(String pointer) {
		return lines.containsKey(pointer);
	}

	/** @return the line of the value at this pointer, else of its nearest enclosing value, else 1 */
	public int line(String pointer) {
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
