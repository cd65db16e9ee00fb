package io.processware.generator.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.GenerationException;
import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.Trace;
import io.processware.generator.targets.SolutionGeneration;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.solution.CloudProvider;

/** The infrastructure target on the invoice example, and its validator on deliberately broken files. */
class InfrastructureTargetTest {

	static final Path EXAMPLE = Path.of(System.getProperty("processware.repository", "../.."))
			.resolve("examples/invoice-processing");

	@TempDir
	Path out;

	private List<String> generate() {
		InfrastructureTarget target = new InfrastructureTarget();
		target.generate(SolutionFolder.input(EXAMPLE), out);
		return SolutionGeneration.filesOf(Trace.read(out), target);
	}

	@Test
	void theExampleGetsTerraformAndManifestsPerEnvironmentThatPassTheValidator() throws IOException {
		List<String> files = generate();
		for (String environment : List.of("development", "quality-assurance", "production")) {
			assertTrue(files.contains("infrastructure/terraform/" + environment + "/cluster.tf"), files::toString);
			assertTrue(files.contains("infrastructure/kubernetes/" + environment + "/network-policies.yaml"),
					files::toString);
		}
		QaReport report = InfrastructureQa.report(out, files);
		assertTrue(report.passed(), report.findings()::toString);
		assertEquals(files.size(), report.filesChecked());
		String production = Files.readString(out.resolve("infrastructure/kubernetes/production/autoscaling.yaml"));
		assertTrue(production.contains("minReplicas: 3") && production.contains("maxReplicas: 8"), production);
		String database = Files.readString(out.resolve("infrastructure/terraform/production/database.tf"));
		assertTrue(database.contains("public_network_access_enabled = false"), database);
		assertTrue(database.contains("mode = \"ZoneRedundant\""), database);
	}

	@Test
	void anUnterminatedHclStringIsCaughtWithItsFileAndLine() throws IOException {
		List<String> files = generate();
		Path storage = out.resolve("infrastructure/terraform/quality-assurance/storage.tf");
		List<String> lines = Files.readAllLines(storage);
		int broken = lines.indexOf(lines.stream().filter(line -> line.contains("account_tier")).findFirst().orElseThrow());
		lines.set(broken, "  account_tier = \"Standard");
		Files.write(storage, lines);

		List<QaFinding> findings = InfrastructureQa.report(out, files).findings();
		assertEquals(1, findings.size(), findings::toString);
		assertEquals("infrastructure/terraform/quality-assurance/storage.tf", findings.get(0).file());
		assertEquals(broken + 1L, findings.get(0).line(), findings::toString);
		assertTrue(findings.get(0).message().startsWith("HCL: "), findings::toString);
	}

	@Test
	void aPublicStorageAccountIsCaught() throws IOException {
		List<String> files = generate();
		Path storage = out.resolve("infrastructure/terraform/production/storage.tf");
		Files.writeString(storage, Files.readString(storage).replace("public_network_access_enabled     = false",
				"public_network_access_enabled     = true"));

		List<QaFinding> findings = InfrastructureQa.report(out, files).findings();
		assertEquals(1, findings.size(), findings::toString);
		assertTrue(findings.get(0).message().contains("azurerm_storage_account.documents: public_network_access_enabled"),
				findings::toString);
		assertTrue(findings.get(0).line() > 1, findings::toString);
	}

	@Test
	void aFieldKubernetesDoesNotKnowAndAWrongTypeAreCaughtOnTheirLines() throws IOException {
		List<String> files = generate();
		Path deployment = out.resolve("infrastructure/kubernetes/development/deployment.yaml");
		List<String> lines = Files.readAllLines(deployment);
		int replicas = lines.indexOf("  replicas: 1");
		lines.set(replicas, "  replicas: one");
		int strategy = lines.indexOf("  revisionHistoryLimit: 5");
		lines.set(strategy, "  revisionHistoryLimits: 5");
		Files.write(deployment, lines);

		List<QaFinding> findings = InfrastructureQa.report(out, files).findings();
		assertFalse(findings.isEmpty());
		assertEquals("infrastructure/kubernetes/development/deployment.yaml", findings.get(0).file(), findings::toString);
		assertEquals(replicas + 1L, findings.get(0).line(), findings::toString);
		assertTrue(findings.get(0).message().startsWith("Deployment spec.replicas: "), findings::toString);

		lines.set(replicas, "  replicas: 1");
		Files.write(deployment, lines);
		findings = InfrastructureQa.report(out, files).findings();
		assertEquals(1, findings.size(), findings::toString);
		assertEquals(strategy + 1L, findings.get(0).line(), findings::toString);
		assertTrue(findings.get(0).message().contains("no field 'revisionHistoryLimits'"), findings::toString);
	}

	@Test
	void aPublicServiceAndAMissingDefaultDenyAreCaught() throws IOException {
		List<String> files = generate();
		Path service = out.resolve("infrastructure/kubernetes/production/service.yaml");
		Files.writeString(service, Files.readString(service).replace("type: ClusterIP", "type: LoadBalancer"));
		Path policies = out.resolve("infrastructure/kubernetes/production/network-policies.yaml");
		String text = Files.readString(policies);
		Files.writeString(policies, text.substring(text.indexOf("---") + 4));

		List<QaFinding> findings = InfrastructureQa.report(out, files).findings();
		assertEquals(2, findings.size(), findings::toString);
		assertTrue(findings.get(0).message().contains("of type LoadBalancer"), findings::toString);
		assertEquals("infrastructure/kubernetes/production", findings.get(1).file(), findings::toString);
		assertTrue(findings.get(1).message().startsWith("no default-deny NetworkPolicy"), findings::toString);
	}

	@Test
	void anEnvironmentOnAnotherCloudIsRefusedNamingIt() {
		SolutionInput input = SolutionFolder.input(EXAMPLE);
		input.solution().getEnvironments().get(1).setCloud(CloudProvider.GCP);
		GenerationException error = assertThrows(GenerationException.class,
				() -> new InfrastructureTarget().generate(input, out));
		assertTrue(error.getMessage().startsWith("qa: cloud GCP has no infrastructure templates yet"), error::getMessage);
	}
}
