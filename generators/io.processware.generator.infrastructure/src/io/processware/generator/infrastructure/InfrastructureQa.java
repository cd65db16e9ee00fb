package io.processware.generator.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;

/**
 * The infrastructure validator: every Terraform file must parse as HCL (hcl4j) and switch nothing
 * public or unencrypted on; every Kubernetes manifest must bind strictly to fabric8's model classes,
 * expose nothing outside the cluster, and each environment's folder must deny all traffic by default
 * and give each Deployment requests and limits, an autoscaler and a disruption budget.
 */
public final class InfrastructureQa {

	/** The validator's name in run summaries. */
	public static final String NAME = "infrastructure (HCL by hcl4j, Kubernetes manifests by fabric8 model)";

	/** Terraform attributes whose value would open a resource to the internet or drop encryption. */
	private static final Map<String, String> UNSAFE = Map.of(
			"public_network_access_enabled", "true",
			"allow_nested_items_to_be_public", "true",
			"https_traffic_only_enabled", "false",
			"infrastructure_encryption_enabled", "false",
			"shared_access_key_enabled", "true",
			"purge_protection_enabled", "false");

	private InfrastructureQa() {
	}

	/** @return what the validator finds in the Terraform and manifest files among {@code files} */
	public static QaReport report(java.nio.file.Path output, Collection<String> files) {
		List<QaFinding> findings = new ArrayList<>();
		int checked = 0;
		Map<String, List<KubernetesManifests.Manifest>> byFolder = new LinkedHashMap<>();
		for (String file : files.stream().sorted().toList()) {
			String name = file.toLowerCase(Locale.ROOT);
			if (name.endsWith(".tf")) {
				checked++;
				try {
					checkTerraform(TerraformFile.read(output, file), findings);
				} catch (QaFindingException e) {
					findings.add(e.finding());
				}
			} else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
				checked++;
				try {
					List<KubernetesManifests.Manifest> manifests = KubernetesManifests.read(YamlDocuments.read(output, file),
							findings);
					String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
					byFolder.computeIfAbsent(folder, key -> new ArrayList<>()).addAll(manifests);
				} catch (QaFindingException e) {
					findings.add(e.finding());
				}
			}
		}
		byFolder.forEach((folder, manifests) -> checkEnvironment(folder, manifests, findings));
		return new QaReport(NAME, findings, checked);
	}

	private static void checkTerraform(TerraformFile file, List<QaFinding> findings) {
		for (TerraformFile.Resource resource : file.resources()) {
			UNSAFE.forEach((attribute, unsafe) -> {
				Object value = resource.attributes().get(attribute);
				if (value != null && String.valueOf(value).equals(unsafe)) {
					findings.add(new QaFinding(file.path(), file.lineContaining(resource.line(), attribute),
							resource.type() + "." + resource.name() + ": " + attribute + " = " + unsafe
									+ " opens the resource or drops encryption"));
				}
			});
		}
	}

	private static void checkEnvironment(String folder, List<KubernetesManifests.Manifest> manifests,
			List<QaFinding> findings) {
		boolean defaultDeny = false;
		for (KubernetesManifests.Manifest manifest : manifests) {
			if (manifest.object() instanceof Service service && service.getSpec() != null
					&& service.getSpec().getType() != null && !"ClusterIP".equals(service.getSpec().getType())) {
				findings.add(new QaFinding(manifest.path(), manifest.document().lineOf(List.of("spec", "type")),
						"Service " + service.getMetadata().getName() + " is of type " + service.getSpec().getType()
								+ ": only ClusterIP, nothing is public by default"));
			}
			if (manifest.object() instanceof NetworkPolicy policy && isDefaultDeny(policy)) {
				defaultDeny = true;
			}
			if (manifest.object() instanceof Deployment deployment) {
				checkDeployment(manifest, deployment, manifests, findings);
			}
		}
		if (!manifests.isEmpty() && !defaultDeny) {
			findings.add(new QaFinding(folder, 0, "no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, "
					+ "no rules) among the manifests of this environment"));
		}
	}

	private static boolean isDefaultDeny(NetworkPolicy policy) {
		var spec = policy.getSpec();
		return spec != null && spec.getPodSelector() != null
				&& (spec.getPodSelector().getMatchLabels() == null || spec.getPodSelector().getMatchLabels().isEmpty())
				&& (spec.getPodSelector().getMatchExpressions() == null || spec.getPodSelector().getMatchExpressions().isEmpty())
				&& spec.getPolicyTypes() != null && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
				&& (spec.getIngress() == null || spec.getIngress().isEmpty())
				&& (spec.getEgress() == null || spec.getEgress().isEmpty());
	}

	private static void checkDeployment(KubernetesManifests.Manifest manifest, Deployment deployment,
			List<KubernetesManifests.Manifest> all, List<QaFinding> findings) {
		String name = deployment.getMetadata().getName();
		List<Container> containers = deployment.getSpec() == null || deployment.getSpec().getTemplate() == null
				|| deployment.getSpec().getTemplate().getSpec() == null ? List.of()
						: deployment.getSpec().getTemplate().getSpec().getContainers();
		for (int i = 0; i < containers.size(); i++) {
			var resources = containers.get(i).getResources();
			if (resources == null || resources.getRequests() == null || resources.getLimits() == null
					|| !resources.getRequests().keySet().containsAll(List.of("cpu", "memory"))
					|| !resources.getLimits().keySet().containsAll(List.of("cpu", "memory"))) {
				findings.add(new QaFinding(manifest.path(),
						manifest.document().lineOf(List.of("spec", "template", "spec", "containers", i)),
						"Deployment " + name + ": container " + containers.get(i).getName()
								+ " needs cpu and memory requests and limits"));
			}
		}
		boolean scaled = all.stream().anyMatch(other -> other.object() instanceof HorizontalPodAutoscaler hpa
				&& hpa.getSpec() != null && hpa.getSpec().getScaleTargetRef() != null
				&& name.equals(hpa.getSpec().getScaleTargetRef().getName()));
		boolean budgeted = all.stream().anyMatch(other -> other.object() instanceof PodDisruptionBudget);
		if (!scaled) {
			findings.add(new QaFinding(manifest.path(), manifest.document().line(),
					"Deployment " + name + " has no HorizontalPodAutoscaler"));
		}
		if (!budgeted) {
			findings.add(new QaFinding(manifest.path(), manifest.document().line(),
					"Deployment " + name + " has no PodDisruptionBudget in its environment"));
		}
	}
}
