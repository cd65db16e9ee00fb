package io.processware.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;

import io.processware.bpmn.matrix.TableFormat;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;

/** The solution models a report command works on, loaded together so references between them resolve. */
final class SolutionModels {

	private SolutionModels() {
	}

	/** @throws CommandFailure when there are none, or one cannot be read */
	static List<LoadedSolution> load(Path argument) {
		List<Path> files = SolutionArgument.solutionModels(argument);
		if (files.isEmpty()) {
			throw new CommandFailure(NLS.bind(CliMessages.noSolutionFiles, argument));
		}
		return load(files);
	}

	/** @throws CommandFailure when a file cannot be read as a solution model */
	static List<LoadedSolution> load(List<Path> files) {
		ResourceSet resources = SolutionResources.newResourceSet();
		List<LoadedSolution> models = new ArrayList<>();
		for (Path file : files) {
			try {
				models.add(SolutionResources.load(resources, file));
			} catch (SolutionLoadException e) {
				throw new CommandFailure(e.getMessage());
			}
		}
		return models;
	}

	/** @return the table format named by a {@code --format} option (text, markdown, html) */
	static TableFormat format(String name) {
		try {
			return TableFormat.valueOf(name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException unknown) {
			throw new CommandFailure(NLS.bind(CliMessages.unknownFormat, name));
		}
	}
}
