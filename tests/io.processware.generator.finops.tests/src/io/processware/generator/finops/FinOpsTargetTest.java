package io.processware.generator.finops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.QaFinding;
import io.processware.generator.infrastructure.InfrastructureTarget;
import io.processware.generator.infrastructure.SolutionFolder;
import io.processware.generator.targets.SolutionGeneration;
import io.processware.generator.targets.SolutionGenerationResult;
import io.processware.generator.targets.SolutionInput;

/** FinOps controls for the invoice example next to its infrastructure, and each control broken on purpose. */
class FinOpsTargetTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("processware.repository", "../.."))
			.resolve("examples/invoice-processing");

	@TempDir
	Path out;

	private SolutionGenerationResult generate(SolutionInput input) {
		return SolutionGeneration.of(List.of(new InfrastructureTarget(), new FinOpsTarget())).generate(input, out);
	}

	@Test
	void theExampleHasABudgetPerEnvironmentAndEveryResourceIsTagged() throws IOException {
		SolutionGenerationResult result = generate(SolutionFolder.input(EXAMPLE));
		assertTrue(result.qaPassed(), () -> result.outcomes().toString());
		String budget = Files.readString(out.resolve("infrastructure/terraform/production/budget.tf"));
		assertTrue(budget.contains("amount            = 2500"), budget);
		assertTrue(budget.contains("threshold      = 80"), budget);
		assertTrue(budget.contains("luis.ferreira@example.com"), budget);
		String estimate = Files.readString(out.resolve("finops/production/cost-estimate.md"));
		// 3 to 5 Standard_D4s_v5 nodes at 0.21 EUR an hour, 730 hours a month
		assertTrue(estimate.contains("| cluster nodes (Standard_D4s_v5) | 3 to 5 | 459.90 | 766.50 |"), estimate);
		assertTrue(estimate.contains("dated\n2026-11-01") || estimate.contains("dated 2026-11-01"), estimate);
		assertTrue(estimate.contains("stays within the budget"), estimate);
		assertTrue(result.outcome("finops").qa().filesChecked() > 30);
	}

	@Test
	void anUntaggedResourceFailsNamingFileLineAndTag() throws IOException {
		generate(SolutionFolder.input(EXAMPLE));
		Path storage = out.resolve("infrastructure/terraform/development/storage.tf");
		List<String> lines = Files.readAllLines(storage);
		int resource = lines.indexOf("resource \"azurerm_storage_account\" \"documents\" {");
		int tags = lines.subList(resource, lines.size()).indexOf("  tags = {") + resource;
		int end = lines.subList(tags, lines.size()).indexOf("  }") + tags;
		for (int i = end; i >= tags; i--) {
			lines.remove(i);
		}
		Files.write(storage, lines);

		List<QaFinding> findings = FinOpsQa.report(out, List.of("infrastructure/terraform/development/budget.tf",
				"infrastructure/terraform/quality-assurance/budget.tf", "infrastructure/terraform/production/budget.tf"))
				.findings();
		assertEquals(4, findings.size(), findings::toString);
		assertEquals(new QaFinding("infrastructure/terraform/development/storage.tf", resource + 1L,
				"azurerm_storage_account.documents has no cost-allocation tag 'cost-centre'"), findings.get(0));
	}

	@Test
	void anUnlabelledManifestAnUnboundedAutoscalerAndAZeroBudgetFail() throws IOException {
		generate(SolutionFolder.input(EXAMPLE));
		Path service = out.resolve("infrastructure/kubernetes/production/service.yaml");
		Files.writeString(service, Files.readString(service).replace("    owner: ", "    team: "));
		Path autoscaling = out.resolve("infrastructure/kubernetes/production/autoscaling.yaml");
		Files.writeString(autoscaling, Files.readString(autoscaling).replace("  maxReplicas: 8\n", ""));
		Path budget = out.resolve("infrastructure/terraform/production/budget.tf");
		Files.writeString(budget, Files.readString(budget).replace("= 2500", "= 0"));

		List<String> messages = FinOpsQa.report(out, List.of("infrastructure/terraform/production/budget.tf")).findings()
				.stream().map(QaFinding::toString).toList();
		assertTrue(messages.stream().anyMatch(m -> m.contains("production/budget.tf") && m.contains("amount must be a positive number")), messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("infrastructure/kubernetes/production/service.yaml:")
				&& m.endsWith("Service metadata has no cost-allocation label 'owner'")), messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.contains("autoscaling.yaml") && m.contains("no maxReplicas")),
				messages::toString);
	}

	@Test
	void anEnvironmentWithoutBudgetFailsTheRun() {
		SolutionInput input = SolutionFolder.input(EXAMPLE);
		input.solution().getFinOps().getBudgets().remove(0);
		SolutionGenerationResult result = generate(input);
		List<QaFinding> findings = result.outcome("finops").qa().findings();
		assertEquals(List.of(new QaFinding("infrastructure/terraform/development", 0, "environment development has no "
				+ "budget: give it an EnvironmentBudget in the model's FinOps settings")), findings);
	}
}
