package io.processware.bpmn;

import java.nio.file.Path;

import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.process.Process;
import io.processware.model.solution.Solution;

/** The invoice-processing example solution, as the tests read it. */
final class InvoiceExample {

	private InvoiceExample() {
	}

	static Path folder() {
		return Path.of(System.getProperty("processware.examples"), "invoice-processing");
	}

	static Solution solution() {
		try {
			return SolutionResources.load(SolutionResources.newResourceSet(), folder().resolve("invoice-processing.pws"))
					.solution();
		} catch (SolutionLoadException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	static Process process() {
		return solution().getProcesses().stream().filter(process -> process.getId().equals("invoice-to-payment"))
				.findFirst().orElseThrow();
	}

	static Path bpmnFile() {
		return folder().resolve(process().getBpmnFile());
	}
}
