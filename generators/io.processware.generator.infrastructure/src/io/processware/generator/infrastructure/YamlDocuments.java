package io.processware.generator.infrastructure;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import io.processware.generator.QaFinding;

/**
 * A generated YAML file read by SnakeYAML: each document's value and its node tree, so that a
 * finding about a path ({@code spec.template.spec.containers[0].image}) can name its line. Booleans
 * are YAML 1.2's ({@code true}/{@code false} only), as GitHub, GitLab and Kubernetes read them: in
 * YAML 1.1 a GitHub workflow's {@code on:} would become the boolean {@code true}.
 *
 * @param path      relative to the output folder
 * @param documents the documents, in file order
 */
public record YamlDocuments(String path, List<Document> documents) {

	/** One document: its value (maps, lists, strings, numbers, booleans) and its node tree. */
	public record Document(Object value, Node node) {

		/** @return the document's first line */
		public long line() {
			return node.getStartMark().getLine() + 1L;
		}

		/**
		 * @param path property names and list indexes from the document's root
		 * @return the line of the deepest node the path reaches
		 */
		public long lineOf(List<?> path) {
			Node current = node;
			for (Object step : path) {
				Node next = child(current, step);
				if (next == null) {
					break;
				}
				current = next;
			}
			return current.getStartMark().getLine() + 1L;
		}

		private static Node child(Node parent, Object step) {
			if (parent instanceof MappingNode mapping) {
				for (NodeTuple tuple : mapping.getValue()) {
					if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(String.valueOf(step))) {
						return tuple.getValueNode();
					}
				}
			} else if (parent instanceof SequenceNode sequence) {
				try {
					int index = Integer.parseInt(String.valueOf(step));
					return index < sequence.getValue().size() ? sequence.getValue().get(index) : null;
				} catch (NumberFormatException e) {
					return null;
				}
			}
			return null;
		}
	}

	/**
	 * @throws QaFindingException when the file cannot be read or is not YAML (with the parser's line)
	 */
	public static YamlDocuments read(Path output, String path) throws QaFindingException {
		String text = QaFindingException.readText(output, path);
		try {
			List<Object> values = new ArrayList<>();
			yaml().loadAll(text).forEach(values::add);
			List<Node> nodes = new ArrayList<>();
			yaml().composeAll(new StringReader(text)).forEach(nodes::add);
			List<Document> documents = new ArrayList<>();
			for (int i = 0; i < nodes.size(); i++) {
				documents.add(new Document(values.get(i), nodes.get(i)));
			}
			return new YamlDocuments(path, documents);
		} catch (MarkedYAMLException e) {
			long line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1L;
			throw new QaFindingException(new QaFinding(path, line, "YAML: " + e.getProblem() + " " + e.getContext()));
		} catch (RuntimeException e) {
			throw new QaFindingException(new QaFinding(path, 0, "YAML: " + e.getMessage()));
		}
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		DumperOptions dumper = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new Yaml12Booleans());
	}

	/** SnakeYAML's resolver with YAML 1.2's booleans: only true and false. */
	private static final class Yaml12Booleans extends Resolver {

		@Override
		public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
			if (Tag.BOOL.equals(tag)) {
				super.addImplicitResolver(tag, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF", limit);
			} else {
				super.addImplicitResolver(tag, regexp, first, limit);
			}
		}
	}
}
