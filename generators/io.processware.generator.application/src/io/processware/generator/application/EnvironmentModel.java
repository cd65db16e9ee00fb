package io.processware.generator.application;

import io.processware.generator.ModelView;
import io.processware.model.solution.Environment;

/**
 * A deployment environment as a Spring profile of the generated service.
 *
 * @param source  the model element
 * @param profile the Spring profile name
 * @param kind    dev, qa, staging, perf, prod or dr
 * @param region  the cloud region, or empty
 * @param size    the environment's size, lower case
 * @param envPrefix the prefix of the environment variables that carry its settings
 */
public record EnvironmentModel(Environment source, String profile, String kind, String region, String size,
		String envPrefix)
		implements ModelView {

	static EnvironmentModel of(Environment environment) {
		String profile = Names.kebab(environment.getName());
		return new EnvironmentModel(environment, profile,
				environment.getKind() == null ? "dev" : environment.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT),
				environment.getRegion() == null ? "" : environment.getRegion(),
				environment.getSize() == null ? "small" : environment.getSize().getLiteral().toLowerCase(java.util.Locale.ROOT),
				Names.javaConstant(environment.getName()));
	}

	@Override
	public Object element() {
		return source;
	}
}
