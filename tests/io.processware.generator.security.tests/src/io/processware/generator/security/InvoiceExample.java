package io.processware.generator.security;

import java.nio.file.Path;

import io.processware.generator.targets.SolutionInput;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.Solution;

/** The bundled invoice-processing example, loaded from the repository as `processware generate` loads it. */
final class InvoiceExample {

	private InvoiceExample() {
	}

	static Path folder() {
		return Path.of(System.getProperty("processware.repository")).resolve("examples/invoice-processing");
	}

	static Solution load() throws Exception {
		return SolutionResources.load(SolutionResources.newResourceSet(), folder().resolve("invoice-processing.pws"))
				.solution();
	}

	static SolutionInput input(Solution solution) {
		return new SolutionInput(solution, folder(), "test-model-hash");
	}
}
