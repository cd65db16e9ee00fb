package io.processware.generator.finops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.infrastructure.CostAllocationTags;
import io.processware.generator.infrastructure.DeploymentModel;
import io.processware.generator.infrastructure.QaFindingException;
import io.processware.generator.infrastructure.TerraformFile;
import io.processware.generator.infrastructure.YamlDocuments;

/**
 * The FinOps validator. Per environment folder of the generated tree: the budget file parses (hcl4j)
 * and holds a budget with an amount and alerts; every Terraform resource that Azure lets carry tags
 * carries each mandatory cost-allocation tag the budget file declares, and so does every Kubernetes
 * object as a label (its pods too); the autoscaler and the node pool have upper bounds.
 */
public final class FinOpsQa {

	/** The validator's name in run summaries. */
	public static final String NAME = "finops (budgets and tags in HCL by hcl4j, labels and bounds in YAML by SnakeYAML)";

	/** The Terraform local in each budget file that lists the mandatory tags. */
	static final String TAGS_LOCAL = "cost_allocation_tags";

	/** Azure resource types that accept no tags: the tag check skips them. */
	static final Set<String> UNTAGGABLE = Set.of("azurerm_subnet", "azurerm_role_assignment",
			"azurerm_storage_container", "azurerm_storage_account_customer_managed_key",
			"azurerm_postgresql_flexible_server_database", "azurerm_postgresql_flexible_server_configuration",
			"azurerm_consumption_budget_resource_group");

	private static final String BUDGET = "azurerm_consumption_budget_resource_group";

	private FinOpsQa() {
	}

	/** @return what the validator finds for the environments of the generated tree */
	public static QaReport report(Path output, Collection<String> files) {
		List<QaFinding> findings = new ArrayList<>();
		int[] checked = { (int) files.stream().filter(file -> file.endsWith(".md")).count() };
		for (String environment : folders(output.resolve(DeploymentModel.TERRAFORM))) {
			String terraform = DeploymentModel.TERRAFORM + "/" + environment;
			String budgetFile = terraform + "/budget.tf";
			if (!files.contains(budgetFile)) {
				findings.add(new QaFinding(terraform, 0, "environment " + environment + " has no budget: give it an "
						+ "EnvironmentBudget in the model's FinOps settings"));
				continue;
			}
			try {
				checked[0]++;
				TerraformFile budget = TerraformFile.read(output, budgetFile);
				List<String> tags = mandatoryTags(budget);
				checkBudget(budget, findings);
				for (String file : filesIn(output, terraform, ".tf")) {
					if (!file.equals(budgetFile)) {
						checked[0]++;
					}
					checkTags(file.equals(budgetFile) ? budget : TerraformFile.read(output, file), tags, findings);
				}
				for (String file : filesIn(output, DeploymentModel.KUBERNETES + "/" + environment, ".yaml")) {
					checked[0]++;
					checkLabels(YamlDocuments.read(output, file), tags, findings);
				}
			} catch (QaFindingException e) {
				findings.add(e.finding());
			}
		}
		return new QaReport(NAME, findings, checked[0]);
	}

	private static List<String> mandatoryTags(TerraformFile budget) throws QaFindingException {
		if (budget.content().get("locals") instanceof Map<?, ?> locals && locals.get(TAGS_LOCAL) instanceof List<?> tags) {
			return tags.stream().map(String::valueOf).toList();
		}
		throw new QaFindingException(new QaFinding(budget.path(), 0, "no local " + TAGS_LOCAL
				+ " listing the mandatory cost-allocation tags"));
	}

	private static void checkBudget(TerraformFile file, List<QaFinding> findings) {
		List<TerraformFile.Resource> budgets = file.resources().stream().filter(r -> r.type().equals(BUDGET)).toList();
		if (budgets.isEmpty()) {
			findings.add(new QaFinding(file.path(), 0, "no " + BUDGET + " resource"));
		}
		for (TerraformFile.Resource budget : budgets) {
			Object amount = budget.attributes().get("amount");
			if (!(amount instanceof Number number) || number.doubleValue() <= 0) {
				findings.add(new QaFinding(file.path(), file.lineContaining(budget.line(), "amount"),
						BUDGET + "." + budget.name() + ": amount must be a positive number, not " + amount));
			}
			if (budget.attributes().get("notification") == null) {
				findings.add(new QaFinding(file.path(), budget.line(),
						BUDGET + "." + budget.name() + ": no notification: nobody is alerted"));
			}
		}
	}

	private static void checkTags(TerraformFile file, List<String> mandatory, List<QaFinding> findings) {
		for (TerraformFile.Resource resource : file.resources()) {
			if (UNTAGGABLE.contains(resource.type())) {
				continue;
			}
			Map<?, ?> tags = resource.attributes().get("tags") instanceof Map<?, ?> map ? map : Map.of();
			for (String tag : mandatory) {
				Object value = tags.get(tag);
				if (value == null || String.valueOf(value).isBlank()) {
					findings.add(new QaFinding(file.path(), resource.line(), resource.type() + "." + resource.name()
							+ " has no cost-allocation tag '" + tag + "'"));
				}
			}
			if ("azurerm_kubernetes_cluster".equals(resource.type())
					&& resource.attributes().get("default_node_pool") instanceof Map<?, ?> pool
					&& !(pool.get("max_count") instanceof Number)) {
				findings.add(new QaFinding(file.path(), resource.line(), resource.type() + "." + resource.name()
						+ ": the node pool has no max_count: autoscaling must be bounded"));
			}
		}
	}

	private static void checkLabels(YamlDocuments file, List<String> mandatory, List<QaFinding> findings) {
		for (YamlDocuments.Document document : file.documents()) {
			if (!(document.value() instanceof Map<?, ?> object)) {
				continue;
			}
			Object kind = object.get("kind");
			checkLabelsAt(file, document, List.of("metadata", "labels"), kind + " metadata", mandatory, findings);
			if ("Deployment".equals(kind)) {
				checkLabelsAt(file, document, List.of("spec", "template", "metadata", "labels"), "Deployment pods",
						mandatory, findings);
			}
			if ("HorizontalPodAutoscaler".equals(kind) && !(value(object, List.of("spec", "maxReplicas")) instanceof Number)) {
				findings.add(new QaFinding(file.path(), document.lineOf(List.of("spec")),
						"HorizontalPodAutoscaler has no maxReplicas: autoscaling must be bounded"));
			}
		}
	}

	private static void checkLabelsAt(YamlDocuments file, YamlDocuments.Document document, List<Object> path,
			String what, List<String> mandatory, List<QaFinding> findings) {
		Map<?, ?> labels = value(document.value(), path) instanceof Map<?, ?> map ? map : Map.of();
		for (String tag : mandatory) {
			Object label = labels.get(CostAllocationTags.labelValue(tag));
			if (label == null || String.valueOf(label).isBlank()) {
				findings.add(new QaFinding(file.path(), document.lineOf(path),
						what + " has no cost-allocation label '" + CostAllocationTags.labelValue(tag) + "'"));
			}
		}
	}

	private static Object value(Object root, List<Object> path) {
		Object current = root;
		for (Object step : path) {
			current = current instanceof Map<?, ?> map ? map.get(step) : null;
		}
		return current;
	}

	private static List<String> folders(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(Files::isDirectory).map(child -> child.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private static List<String> filesIn(Path output, String folder, String extension) {
		Path directory = output.resolve(folder);
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(directory)) {
			return children.filter(Files::isRegularFile).map(child -> folder + "/" + child.getFileName())
					.filter(file -> file.endsWith(extension)).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
