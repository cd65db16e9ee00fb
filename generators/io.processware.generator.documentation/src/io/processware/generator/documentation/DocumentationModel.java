package io.processware.generator.documentation;

import java.util.List;

import io.processware.bpmn.matrix.ImplementationMatrix;
import io.processware.bpmn.matrix.TableFormat;
import io.processware.generator.application.ServiceModel;
import io.processware.generator.infrastructure.DeploymentModel;
import io.processware.model.solution.Solution;

/**
 * What the documentation templates render: the deployment view the infrastructure uses, the
 * service as the application target names it, a diagram per process, and the implementation matrix
 * as the {@code matrix} command prints it.
 *
 * @param deployment the environments, names and sizes
 * @param service    the service's entities and their REST collections
 * @param processes  one diagram per process, in model order
 * @param matrix     the implementation matrix as Markdown tables
 */
public record DocumentationModel(DeploymentModel deployment, ServiceModel service, List<ProcessDiagram> processes,
		String matrix) {

	/** Where the application target serves and keeps the OpenAPI document. */
	public static final String OPENAPI = "src-gen/main/resources/static/openapi.yaml";

	static DocumentationModel of(Solution solution) {
		return new DocumentationModel(DeploymentModel.of(solution), ServiceModel.of(solution),
				solution.getProcesses().stream().map(ProcessDiagram::of).toList(),
				ImplementationMatrix.of(solution).render(TableFormat.MARKDOWN));
	}

	/** @return where the OpenAPI document is, relative to the output folder */
	public String openApi() {
		return OPENAPI;
	}

	/** @return the solution */
	public Solution solution() {
		return deployment.solution();
	}
}
