package io.processware.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.processware.generator.ModelHash;
import io.processware.generator.application.ApplicationTarget;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.Solution;
import io.processware.tests.support.InvoiceExample;

/** A copy of the bundled invoice-processing example in a temporary folder, which tests may change. */
final class InvoiceSolution {

	static final String ANALYST = "analyst@example.com";
	static final String SECURITY = "dana.okafor@example.com";
	static final String FINOPS = "luis.ferreira@example.com";
	static final String DATA = "ingrid.haller@example.com";
	static final String BUSINESS = "amira.benali@example.com";

	final Path folder;

	InvoiceSolution(Path folder) {
		this.folder = folder;
	}

	static InvoiceSolution copy(Path temp) throws IOException {
		return new InvoiceSolution(InvoiceExample.copy(temp));
	}

	Path model() {
		return folder.resolve("invoice-processing.pws");
	}

	Path output() {
		return folder.resolve("generated");
	}

	Solution load() throws SolutionLoadException {
		LoadedSolution loaded = SolutionResources.load(SolutionResources.newResourceSet(), model());
		return loaded.solution();
	}

	SolutionInput input() throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).filter(path -> !folder.relativize(path).startsWith("generated"))
					.toList();
		}
		return new SolutionInput(load(), folder, ModelHash.of(folder, files));
	}

	static List<GenerationTarget> targets() {
		return List.of(new ApplicationTarget(), FixtureTarget.securityPolicies(), FixtureTarget.dataCatalog());
	}

	/** Raises the treasurer's threshold in the approval-level decision table: one rule changes. */
	void changeOneRule() throws IOException {
		InvoiceExample.changeOneRule(folder);
	}

	/** Puts the classification changed by {@link #reclassifyOneAttribute()} back. */
	void reclassifyOneAttributeBack() throws IOException {
		Files.writeString(model(), Files.readString(model()).replace("name=\"bic\" classification=\"RESTRICTED\"",
				"name=\"bic\" classification=\"CONFIDENTIAL\""));
	}

	/** Changes one attribute's classification: the data catalog changes, its board must review. */
	void reclassifyOneAttribute() throws IOException {
		String text = Files.readString(model());
		String changed = text.replace("name=\"bic\" classification=\"CONFIDENTIAL\"", "name=\"bic\" classification=\"RESTRICTED\"");
		if (changed.equals(text)) {
			throw new AssertionError("the example's bic attribute changed: update this test");
		}
		Files.writeString(model(), changed);
	}
}
