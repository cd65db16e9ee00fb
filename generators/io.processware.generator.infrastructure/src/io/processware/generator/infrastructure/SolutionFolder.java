package io.processware.generator.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.processware.generator.GenerationException;
import io.processware.generator.ModelHash;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;

/** A solution folder read into what targets generate from, without the command line's validation report. */
public final class SolutionFolder {

	private SolutionFolder() {
	}

	/**
	 * @param folder a folder with exactly one {@code .pws} model
	 * @throws GenerationException when the folder has no single model or it cannot be loaded
	 */
	public static SolutionInput input(Path folder) {
		List<Path> models;
		try (Stream<Path> files = Files.list(folder)) {
			models = files.filter(file -> file.getFileName().toString().endsWith(".pws")).sorted().toList();
		} catch (IOException e) {
			throw new GenerationException(folder + ": cannot list the folder: " + e.getMessage(), e);
		}
		if (models.size() != 1) {
			throw new GenerationException(folder + ": expected one .pws model, found " + models.size());
		}
		try {
			LoadedSolution loaded = SolutionResources.load(SolutionResources.newResourceSet(), models.get(0));
			return new SolutionInput(loaded.solution(), folder.toAbsolutePath(), ModelHash.of(folder, models));
		} catch (SolutionLoadException e) {
			throw new GenerationException(e.getMessage(), e);
		}
	}
}
