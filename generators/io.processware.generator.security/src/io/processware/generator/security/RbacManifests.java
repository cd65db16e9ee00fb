package io.processware.generator.security;

import java.io.IOException;
import java.io.InputStream;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.processware.generator.QaFinding;
import io.processware.generator.targets.qa.StrictYaml;

/**
 * RBAC manifests parsed strictly (SnakeYAML) and validated, document by document, against the
 * JSON Schema of the Kubernetes v1 ServiceAccount and RBAC kinds bundled in {@code schema/}
 * (networknt json-schema-validator): a field the API does not define, a missing name or role
 * reference is an error. Beyond the API: no wildcard grants, and a RoleBinding must bind a Role
 * the same file defines. Findings name the file and the line of the offending value.
 */
final class RbacManifests {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final JsonSchema SCHEMA = schema();

	private RbacManifests() {
	}

	static List<QaFinding> check(Path output, Path file) {
		String name = output.relativize(file).toString();
		StrictYaml.Parsed parsed = StrictYaml.parse(output, file);
		if (parsed.problem() != null) {
			return List.of(parsed.problem());
		}
		List<Map<String, Integer>> lines;
		try {
			lines = lines(file);
		} catch (IOException | RuntimeException e) {
			return List.of(new QaFinding(name, 0, "cannot read: " + e.getMessage()));
		}
		List<QaFinding> findings = new ArrayList<>();
		List<String> roles = new ArrayList<>();
		for (int i = 0; i < parsed.documents().size(); i++) {
			Map<String, Integer> at = lines.get(i);
			JsonNode manifest = MAPPER.valueToTree(parsed.documents().get(i));
			for (ValidationMessage message : SCHEMA.validate(manifest)) {
				String pointer = message.getInstanceLocation().toString();
				if (message.getProperty() != null && at.containsKey(pointer + "/" + message.getProperty())) {
					pointer = pointer + "/" + message.getProperty();
				}
				findings.add(new QaFinding(name, line(at, pointer), manifest.path("kind").asText("manifest") + " "
						+ message.getMessage().replaceFirst("^: ", "")));
			}
			String kind = manifest.path("kind").asText();
			if (kind.equals("Role")) {
				roles.add(manifest.path("metadata").path("name").asText());
			}
			JsonNode rules = manifest.path("rules");
			for (int r = 0; r < rules.size(); r++) {
				for (String field : List.of("verbs", "resources", "apiGroups")) {
					JsonNode values = rules.get(r).path(field);
					for (int v = 0; v < values.size(); v++) {
						if ("*".equals(values.get(v).asText())) {
							findings.add(new QaFinding(name, line(at, "/rules/" + r + "/" + field + "/" + v),
									kind + " grants " + field + " \"*\": name the ones the workload needs"));
						}
					}
				}
			}
		}
		for (int i = 0; i < parsed.documents().size(); i++) {
			JsonNode manifest = MAPPER.valueToTree(parsed.documents().get(i));
			JsonNode roleRef = manifest.path("roleRef");
			if (manifest.path("kind").asText().equals("RoleBinding") && roleRef.path("kind").asText().equals("Role")
					&& !roles.contains(roleRef.path("name").asText())) {
				findings.add(new QaFinding(name, line(lines.get(i), "/roleRef/name"), "RoleBinding "
						+ manifest.path("metadata").path("name").asText() + " binds Role " + roleRef.path("name").asText()
						+ ", which this file does not define"));
			}
		}
		findings.sort(java.util.Comparator.comparingLong(QaFinding::line));
		return findings;
	}

	/** @return per document, the line of every value by JSON pointer */
	private static List<Map<String, Integer>> lines(Path file) throws IOException {
		List<Map<String, Integer>> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (Node node : new Yaml(new LoaderOptions()).composeAll(reader)) {
				Map<String, Integer> lines = new HashMap<>();
				walk(node, "", lines);
				documents.add(lines);
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

	private static int line(Map<String, Integer> lines, String pointer) {
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

	private static JsonSchema schema() {
		try (InputStream in = RbacManifests.class.getResourceAsStream("/schema/kubernetes-rbac.schema.json")) {
			if (in == null) {
				throw new IllegalStateException("the Kubernetes RBAC schema is missing from the bundle");
			}
			SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
		} catch (IOException e) {
			throw new IllegalStateException("cannot read the Kubernetes RBAC schema: " + e.getMessage(), e);
		}
	}
}
