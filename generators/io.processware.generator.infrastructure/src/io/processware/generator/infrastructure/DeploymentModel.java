package io.processware.generator.infrastructure;

import java.util.List;

import io.processware.generator.GenerationException;
import io.processware.generator.application.Names;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentKind;
import io.processware.model.solution.Solution;

/**
 * How a solution is deployed: the service (named as the application target names it) and every
 * environment of the model. The infrastructure, delivery, FinOps and documentation targets all
 * render from this one view, so that a folder, a namespace or a tag is spelled the same everywhere.
 *
 * @param solution     the model
 * @param name         the solution's name
 * @param application  the service's artifact id, also its Kubernetes namespace and image name
 * @param version      the service's version
 * @param port         the port the service listens on
 * @param healthPath   what probes and deployment health checks ask for (the service has no actuator:
 *                     its static OpenAPI document answers once the web server is up)
 * @param environments every environment, in model order
 * @param legacyFlows  the ports the service calls legacy systems on
 */
public record DeploymentModel(Solution solution, String name, String application, String version, int port,
		String healthPath, List<EnvironmentDeployment> environments, List<LegacyFlow> legacyFlows) {

	/** Where the generated tree keeps the Terraform of an environment: {@code infrastructure/terraform/<profile>/}. */
	public static final String TERRAFORM = "infrastructure/terraform";

	/** Where the generated tree keeps the Kubernetes manifests of an environment. */
	public static final String KUBERNETES = "infrastructure/kubernetes";

	/**
	 * @throws GenerationException when an environment cannot be deployed (see {@link EnvironmentDeployment})
	 */
	public static DeploymentModel of(Solution solution) {
		String application = Names.kebab(solution.getName());
		List<EnvironmentDeployment> environments = solution.getEnvironments().stream()
				.map(environment -> EnvironmentDeployment.of(solution, environment, application)).toList();
		String version = solution.getVersion() == null || solution.getVersion().isBlank() ? "0.1.0" : solution.getVersion();
		return new DeploymentModel(solution, solution.getName(), application, version, 8080, "/openapi.yaml",
				environments, LegacyFlow.of(solution));
	}

	/** @return the production environment (prod kind), or {@code null} when the model has none */
	public EnvironmentDeployment production() {
		return first(EnvironmentKind.PROD);
	}

	/**
	 * @return where a release is tried before production: the staging environment, else perf, else QA,
	 *         else {@code null}
	 */
	public EnvironmentDeployment staging() {
		for (EnvironmentKind kind : List.of(EnvironmentKind.STAGING, EnvironmentKind.PERF, EnvironmentKind.QA)) {
			EnvironmentDeployment found = first(kind);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** @return the environment of a model element */
	public EnvironmentDeployment of(Environment environment) {
		return environments.stream().filter(candidate -> candidate.source() == environment).findFirst()
				.orElseThrow(() -> new GenerationException(environment.getId() + ": not an environment of this solution"));
	}

	private EnvironmentDeployment first(EnvironmentKind kind) {
		return environments.stream().filter(environment -> environment.source().getKind() == kind).findFirst()
				.orElse(null);
	}
}
