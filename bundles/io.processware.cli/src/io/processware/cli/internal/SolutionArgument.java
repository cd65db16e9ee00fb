package io.processware.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.internal.SolutionFolder.FileKind;

/** What a command's {@code <solution>} argument names: the solution models of a folder, or one {@code .pws} file. */
final class SolutionArgument {

	private SolutionArgument() {
	}

	/**
	 * @return the solution model files, in path order; empty when a folder holds none
	 * @throws CommandFailure when the argument names nothing, or a file that is not a solution model
	 */
	static List<Path> solutionModels(Path argument) {
		if (Files.isDirectory(argument)) {
			SolutionFolder folder = SolutionFolder.read(argument);
			return folder.files(FileKind.SOLUTION_MODEL).stream().map(argument::resolve).toList();
		}
		boolean modelFile = argument.getFileName() != null
				&& argument.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pws");
		if (!Files.exists(argument)) {
			throw new CommandFailure(NLS.bind(modelFile ? CliMessages.noSuchFile : CliMessages.noSuchFolder, argument));
		}
		if (!modelFile) {
			throw new CommandFailure(NLS.bind(CliMessages.notASolution, argument));
		}
		return List.of(argument);
	}
}
