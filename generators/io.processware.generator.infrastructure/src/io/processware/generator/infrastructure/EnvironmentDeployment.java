package io.processware.generator.infrastructure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.processware.generator.GenerationException;
import io.processware.generator.ModelView;
import io.processware.generator.application.Names;
import io.processware.model.solution.CloudProvider;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentKind;
import io.processware.model.solution.Solution;

/**
 * One environment as the infrastructure, delivery, FinOps and documentation templates see it:
 * where it runs, how big it is, what its cloud resources are called, and the tags they carry.
 *
 * @param source         the model element
 * @param name           the environment's name in the model
 * @param profile        its name in files, folders, Spring profiles and tags ("production")
 * @param kind           dev, qa, staging, perf, prod or dr
 * @param cloud          the cloud provider, lower case
 * @param region         the cloud region
 * @param data           synthetic_data, masked_data or production_data
 * @param production     whether it serves real users (prod and dr)
 * @param sizing         resources from the environment's size
 * @param tags           cost-allocation tags, as cloud tags
 * @param labels         the same tags as Kubernetes labels (values cleaned to what Kubernetes accepts)
 * @param envPrefix      the prefix of the service's environment variables for this environment
 * @param names          the names of its cloud resources
 */
public record EnvironmentDeployment(Environment source, String name, String profile, String kind, String cloud,
		String region, String size, String data, boolean encryptionAtRest, boolean encryptionInTransit,
		boolean production, EnvironmentSizing sizing, Map<String, String> tags, Map<String, String> labels,
		String envPrefix, ResourceNames names) implements ModelView {

	/**
	 * @throws GenerationException when the environment's cloud has no templates yet or it has no region
	 */
	static EnvironmentDeployment of(Solution solution, Environment environment, String application) {
		String profile = Names.kebab(environment.getName());
		CloudProvider cloud = environment.getCloud() == null ? CloudProvider.AZURE : environment.getCloud();
		if (cloud != CloudProvider.AZURE) {
			throw new GenerationException(environment.getId() + ": cloud " + cloud
					+ " has no infrastructure templates yet (Azure only); model the environment on AZURE or add "
					+ "templates/infrastructure/ overrides to the solution");
		}
		if (environment.getRegion() == null || environment.getRegion().isBlank()) {
			throw new GenerationException(environment.getId() + ": the environment has no region; Terraform needs one");
		}
		EnvironmentKind kind = environment.getKind() == null ? EnvironmentKind.DEV : environment.getKind();
		Map<String, String> tags = CostAllocationTags.of(solution, profile, application);
		Map<String, String> labels = new LinkedHashMap<>();
		tags.forEach((tag, value) -> labels.put(CostAllocationTags.labelValue(tag), CostAllocationTags.labelValue(value)));
		return new EnvironmentDeployment(environment, environment.getName(), profile, lower(kind.getLiteral()),
				lower(cloud.getLiteral()), environment.getRegion(),
				lower(environment.getSize() == null ? "SMALL" : environment.getSize().getLiteral()),
				lower(environment.getData() == null ? "SYNTHETIC_DATA" : environment.getData().getLiteral()),
				environment.isEncryptionAtRest(), environment.isEncryptionInTransit(),
				kind == EnvironmentKind.PROD || kind == EnvironmentKind.DR, EnvironmentSizing.of(environment.getSize()),
				tags, labels, Names.javaConstant(environment.getName()), ResourceNames.of(application, profile));
	}

	private static String lower(String literal) {
		return literal.toLowerCase(Locale.ROOT);
	}

	@Override
	public Object element() {
		return source;
	}
}
