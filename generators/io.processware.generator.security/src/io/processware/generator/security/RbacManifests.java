package io.processware.generator.security;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import io.processware.generator.QaFinding;
import io.processware.generator.targets.qa.JsonSchemas;
import io.processware.generator.targets.qa.PointerLines;
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
	private static final JsonSchema SCHEMA = JsonSchemas.load(RbacManifests.class, "/schema/kubernetes-rbac.schema.json");

	private RbacManifests() {
	}

	static List<QaFinding> check(Path output, Path file) {
		String name = output.relativize(file).toString();
		StrictYaml.Parsed parsed = StrictYaml.parse(output, file);
		if (parsed.problem() != null) {
			return List.of(parsed.problem());
		}
		List<PointerLines> lines;
		try {
			lines = PointerLines.ofYaml(file);
		} catch (IOException | RuntimeException e) {
			return List.of(new QaFinding(name, 0, "cannot read: " + e.getMessage()));
		}
		List<QaFinding> findings = new ArrayList<>();
		List<String> roles = new ArrayList<>();
		for (int i = 0; i < parsed.documents().size(); i++) {
			PointerLines at = lines.get(i);
			JsonNode manifest = MAPPER.valueToTree(parsed.documents().get(i));
			for (ValidationMessage message : SCHEMA.validate(manifest)) {
				String pointer = message.getInstanceLocation().toString();
				if (message.getProperty() != null && at.has(pointer + "/" + message.getProperty())) {
					pointer = pointer + "/" + message.getProperty();
				}
				findings.add(new QaFinding(name, at.line(pointer), manifest.path("kind").asText("manifest") + " "
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
							findings.add(new QaFinding(name, at.line("/rules/" + r + "/" + field + "/" + v),
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
				findings.add(new QaFinding(name, lines.get(i).line("/roleRef/name"), "RoleBinding "
						+ manifest.path("metadata").path("name").asText() + " binds Role " + roleRef.path("name").asText()
						+ ", which this file does not define"));
			}
		}
		findings.sort(java.util.Comparator.comparingLong(QaFinding::line));
		return findings;
	}

}
