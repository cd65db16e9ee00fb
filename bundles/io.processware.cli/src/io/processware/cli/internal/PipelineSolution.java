package io.processware.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.internal.SolutionFolder.FileKind;
import io.processware.generator.ModelHash;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.Reviewer;
import io.processware.model.solution.Solution;
import io.processware.pipeline.Pipeline;

/**
 * What the pipeline commands work on: one solution model, its folder, and the output repository
 * (the solution's {@code generated/} unless {@code --out} names another).
 */
final class PipelineSolution {

	final Path model;
	final Path folder;
	final Path output;

	private PipelineSolution(Path model, Path output) {
		this.model = model;
		this.folder = model.toAbsolutePath().getParent();
		this.output = (output != null ? output : folder.resolve("generated")).toAbsolutePath().normalize();
	}

	/** @throws CommandFailure when the argument holds no solution model, or several */
	static PipelineSolution of(Path solution, Path out) {
		List<Path> models = SolutionArgument.solutionModels(solution);
		if (models.isEmpty()) {
			throw new CommandFailure(NLS.bind(CliMessages.noSolutionFiles, solution));
		}
		if (models.size() > 1) {
			throw new CommandFailure(NLS.bind(CliMessages.severalSolutionModels, solution, Integer.valueOf(models.size())));
		}
		return new PipelineSolution(models.get(0), out);
	}

	Pipeline pipeline() {
		return Pipeline.of(output);
	}

	/** @throws CommandFailure when the model cannot be read */
	Solution load() {
		return SolutionModels.load(List.of(model)).get(0).solution();
	}

	/**
	 * The hash of everything a run is generated from: the model, its rules, processes and template
	 * overrides, so that a changed rule gives a run another model hash.
	 */
	static String modelHash(Path folder, LoadedSolution loaded) {
		SolutionFolder files = SolutionFolder.read(folder);
		List<Path> inputs = new ArrayList<>();
		inputs.add(loaded.file().toAbsolutePath());
		for (FileKind kind : List.of(FileKind.RULES, FileKind.PROCESS, FileKind.TEMPLATE)) {
			files.files(kind).forEach(file -> inputs.add(folder.resolve(file)));
		}
		return ModelHash.of(folder, inputs);
	}

	/** @return someone named by e-mail, with their name when the model knows them as a reviewer */
	static Pipeline.Author person(Solution solution, String email) {
		for (ReviewBoard board : solution.getReviewBoards()) {
			for (Reviewer reviewer : board.getReviewers()) {
				if (email.equalsIgnoreCase(reviewer.getEmail())) {
					return new Pipeline.Author(reviewer.getName(), reviewer.getEmail());
				}
			}
		}
		return new Pipeline.Author(email.contains("@") ? email.substring(0, email.indexOf('@')) : email, email);
	}

	/** @return the user running the command when no {@code --author} is given: user.name at this host */
	static String defaultAuthor() {
		return System.getProperty("user.name", "analyst").toLowerCase(Locale.ROOT) + "@localhost";
	}
}
