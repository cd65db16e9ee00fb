package io.processware.model.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.validation.Finding;
import io.processware.model.validation.Rule;
import io.processware.model.validation.SolutionValidation;

/** The solution files the tests read, and short ways to load, find and validate. */
final class Fixtures {

	private Fixtures() {
	}

	/** The repository root, handed over by the build. */
	static Path repository() {
		return Path.of(System.getProperty("processware.repository", "../.."));
	}

	static Path invoiceExample() {
		return repository().resolve("examples/invoice-processing/invoice-processing.pws");
	}

	static Path brokenSolution() {
		return repository().resolve("tests/io.processware.model.tests/fixtures/broken-solution/broken-solution.pws");
	}

	/** Loads a solution file into a fresh resource set. */
	static LoadedSolution load(Path file) {
		try {
			return SolutionResources.load(SolutionResources.newResourceSet(), file);
		} catch (SolutionLoadException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** @return the element with this id in the loaded solution's file */
	@SuppressWarnings("unchecked")
	static <T extends EObject> T element(LoadedSolution loaded, String id) {
		EObject element = loaded.solution().eResource().getEObject(id);
		if (element == null) {
			throw new AssertionError("no element '" + id + "' in " + loaded.file());
		}
		return (T) element;
	}

	/** @return the findings of one rule, described as {@code element [rule]} */
	static List<String> findings(LoadedSolution loaded, Rule rule) {
		return SolutionValidation.validate(loaded.solution()).stream().filter(finding -> finding.rule() == rule)
				.map(finding -> finding.elementLabel() + " [" + finding.rule().id() + "]").toList();
	}

	/** @return every finding, described in full */
	static List<String> allFindings(LoadedSolution loaded) {
		return SolutionValidation.validate(loaded.solution()).stream().map(Finding::describe).toList();
	}
}
