package io.processware.generator.governance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.targets.qa.JavaSyntax;
import io.processware.generator.targets.qa.JsonSchemas;
import io.processware.generator.targets.qa.PointerLines;
import io.processware.generator.targets.qa.QaFiles;
import io.processware.generator.targets.qa.StrictYaml;

/**
 * The data governance target's QA validator: the data catalog validated against its JSON Schema
 * (networknt json-schema-validator, draft 2020-12) and checked for residency — an attribute
 * that must reside in a jurisdiction may only be stored by environments holding real data in a
 * region of that jurisdiction; the retention job parsed by javac; settings by strict YAML.
 */
public final class GovernanceQa {

	/** The validator's name in run summaries. */
	public static final String NAME = "data governance (JSON Schema, residency, javac parse, strict YAML)";

	/** The catalog's path in the generated tree. */
	public static final String CATALOG = "governance/data-catalog.json";

	private static final JsonSchema SCHEMA = JsonSchemas.load(GovernanceQa.class, "/schema/data-catalog.schema.json");

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	private GovernanceQa() {
	}

	/** @return what QA finds in the governance target's files */
	public static QaReport report(Path output, Collection<String> files) {
		List<Path> java = QaFiles.ending(output, files, ".java");
		List<Path> yaml = QaFiles.ending(output, files, ".yaml", ".yml");
		List<Path> json = QaFiles.ending(output, files, ".json");
		List<QaFinding> findings = new ArrayList<>(JavaSyntax.parse(output, java));
		findings.addAll(StrictYaml.check(output, yaml));
		json.forEach(file -> findings.addAll(checkCatalog(output, file)));
		return new QaReport(NAME, findings, java.size() + yaml.size() + json.size());
	}

	/** @return the schema and residency findings of a data catalog file */
	public static List<QaFinding> checkCatalog(Path output, Path file) {
		String name = output.relativize(file).toString();
		JsonNode catalog;
		PointerLines lines;
		try {
			catalog = MAPPER.readTree(file.toFile());
			lines = PointerLines.ofJson(file);
		} catch (JsonProcessingException e) {
			return List.of(new QaFinding(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
					e.getOriginalMessage()));
		} catch (IOException e) {
			return List.of(new QaFinding(name, 0, "cannot read: " + e.getMessage()));
		}
		List<QaFinding> findings = new ArrayList<>();
		for (ValidationMessage message : SCHEMA.validate(catalog)) {
			String pointer = message.getInstanceLocation().toString();
			// the message starts with the pointer, which names the value for a reader of the file
			findings.add(new QaFinding(name, lines.line(pointer), message.getMessage().replaceFirst("^: ", "")));
		}
		if (findings.isEmpty()) {
			findings.addAll(residency(name, catalog, lines));
		}
		findings.sort(java.util.Comparator.comparingLong(QaFinding::line));
		return findings;
	}

	private static List<QaFinding> residency(String name, JsonNode catalog, PointerLines lines) {
		List<QaFinding> findings = new ArrayList<>();
		JsonNode entities = catalog.path("entities");
		for (int e = 0; e < entities.size(); e++) {
			JsonNode attributes = entities.get(e).path("attributes");
			for (int a = 0; a < attributes.size(); a++) {
				JsonNode attribute = attributes.get(a);
				String residency = attribute.path("residency").asText(null);
				if (attribute.path("residency").isNull() || residency == null) {
					continue;
				}
				for (JsonNode environment : catalog.path("environments")) {
					if (!environment.path("holdsRealData").asBoolean()) {
						continue;
					}
					String region = environment.path("region").asText();
					String jurisdiction = environment.path("jurisdiction").asText();
					if (!residency.equalsIgnoreCase(jurisdiction) && !residency.equalsIgnoreCase(region)) {
						findings.add(new QaFinding(name, lines.line("/entities/" + e + "/attributes/" + a + "/residency"),
								entities.get(e).path("name").asText() + "." + attribute.path("name").asText() + " ("
										+ attribute.path("classification").asText().toLowerCase(Locale.ROOT)
										+ ") must reside in " + residency + ", but environment '"
										+ environment.path("name").asText() + "' stores it in region '" + region
										+ "' (" + jurisdiction + "): move the environment or change the residency"));
					}
				}
			}
		}
		return findings;
	}

}
