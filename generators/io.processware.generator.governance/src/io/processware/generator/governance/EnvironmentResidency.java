package io.processware.generator.governance;

import io.processware.generator.ModelView;
import io.processware.generator.application.EnvironmentModel;

/**
 * Where an environment keeps the service's data.
 *
 * @param environment  the environment
 * @param jurisdiction the jurisdiction of its region ({@code regions.properties}), or "unknown"
 * @param data         the kind of data it holds
 * @param realData     whether it holds real data (production or masked): residency applies
 */
public record EnvironmentResidency(EnvironmentModel environment, String jurisdiction, String data, boolean realData)
		implements ModelView {

	@Override
	public Object element() {
		return environment.source();
	}
}
