package io.processware.generator.cicd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.processware.generator.GenerationException;
import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.infrastructure.QaFindingException;
import io.processware.generator.infrastructure.YamlDocuments;

/**
 * The CI/CD validator: each pipeline file is read by SnakeYAML and validated by networknt's JSON
 * Schema validator against the schema its CI publishes (vendored in {@code schemas/}: SchemaStore's
 * GitHub workflow schema, GitLab's CI schema); each finding names the line of the offending value.
 * Shell scripts are parsed by {@code bash -n}.
 */
public final class DeliveryQa {

	/** The validator's name in run summaries. */
	public static final String NAME = "cicd (YAML by SnakeYAML, GitHub and GitLab workflow JSON schemas by networknt, bash -n)";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private DeliveryQa() {
	}

	/** Compiled once: the schemas are large and never change while Processware runs. */
	private static final class Schemas {
		/** Draft 07, knowing GitLab's editor annotation {@code markdownDescription} (it validates nothing). */
		static final JsonSchemaFactory FACTORY = JsonSchemaFactory
				.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
				.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
						.keyword(new AnnotationKeyword("markdownDescription")).build())
				.build();
		static final JsonSchema GITHUB = load("schemas/github-workflow.json");
		static final JsonSchema GITLAB = load("schemas/gitlab-ci.json");

		private static JsonSchema load(String entry) {
			Bundle bundle = FrameworkUtil.getBundle(DeliveryQa.class);
			try (InputStream in = bundle.getEntry(entry).openStream()) {
				return FACTORY.getSchema(MAPPER.readTree(in));
			} catch (IOException | RuntimeException e) {
				throw new GenerationException("cannot load the vendored schema " + entry + ": " + e.getMessage(), e);
			}
		}
	}

	/** @return what the validator finds in the pipeline files and scripts among {@code files} */
	public static QaReport report(Path output, Collection<String> files) {
		List<QaFinding> findings = new ArrayList<>();
		int checked = 0;
		for (String file : files.stream().sorted().toList()) {
			String name = file.toLowerCase(Locale.ROOT);
			if (name.startsWith(".github/workflows/") && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
				checked++;
				validate(output, file, Schemas.GITHUB, findings);
			} else if (name.equals(".gitlab-ci.yml")) {
				checked++;
				validate(output, file, Schemas.GITLAB, findings);
			} else if (name.endsWith(".sh")) {
				checked++;
				parseShell(output, file, findings);
			}
		}
		return new QaReport(NAME, findings, checked);
	}

	private static void validate(Path output, String file, JsonSchema schema, List<QaFinding> findings) {
		YamlDocuments yaml;
		try {
			yaml = YamlDocuments.read(output, file);
		} catch (QaFindingException e) {
			findings.add(e.finding());
			return;
		}
		if (yaml.documents().size() != 1) {
			findings.add(new QaFinding(file, 0, "a pipeline file holds one YAML document, not " + yaml.documents().size()));
			return;
		}
		YamlDocuments.Document document = yaml.documents().get(0);
		JsonNode instance = MAPPER.valueToTree(document.value());
		Set<QaFinding> unique = new LinkedHashSet<>();
		for (ValidationMessage message : schema.validate(instance)) {
			List<Object> path = new ArrayList<>();
			for (int i = 0; i < message.getInstanceLocation().getNameCount(); i++) {
				path.add(message.getInstanceLocation().getElement(i));
			}
			unique.add(new QaFinding(file, document.lineOf(path), "schema: " + message.getMessage()));
		}
		findings.addAll(unique);
	}

	private static void parseShell(Path output, String file, List<QaFinding> findings) {
		try {
			Process bash = new ProcessBuilder("bash", "-n", output.resolve(file).toString()).redirectErrorStream(true)
					.start();
			String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (!bash.waitFor(30, TimeUnit.SECONDS)) {
				bash.destroyForcibly();
				findings.add(new QaFinding(file, 0, "bash -n did not finish in 30 s"));
			} else if (bash.exitValue() != 0) {
				// bash says "<path>: line N: syntax error ..."
				java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+):").matcher(said);
				findings.add(new QaFinding(file, line.find() ? Long.parseLong(line.group(1)) : 0,
						"bash: " + said.substring(said.indexOf(':') + 1).trim()));
			}
		} catch (IOException e) {
			findings.add(new QaFinding(file, 0, "cannot run bash -n (is bash installed?): " + e.getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			findings.add(new QaFinding(file, 0, "interrupted while bash -n ran"));
		}
	}
}
