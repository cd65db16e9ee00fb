package io.processware.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/**
 * The files of a solution folder, by kind. Generated output ({@code generated/}) and hidden folders
 * are not part of the solution's source and are skipped.
 */
public final class SolutionFolder {

	/** What a file in a solution folder is, recognised by its name. */
	public enum FileKind {
		SOLUTION_MODEL(".pws"),
		PROCESS(".bpmn"),
		RULES(".rules"),
		TEMPLATE(".ftl");

		private final String extension;

		FileKind(String extension) {
			this.extension = extension;
		}

		static FileKind of(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			for (FileKind kind : values()) {
				if (name.endsWith(kind.extension)) {
					return kind;
				}
			}
			return null;
		}
	}

	private final Map<FileKind, List<Path>> files;

	private SolutionFolder(Map<FileKind, List<Path>> files) {
		this.files = files;
	}

	/**
	 * Reads a solution folder.
	 *
	 * @throws CommandFailure when the folder is missing or unreadable
	 */
	public static SolutionFolder read(Path folder) {
		if (!Files.exists(folder)) {
			throw new CommandFailure(NLS.bind(CliMessages.noSuchFolder, folder));
		}
		if (!Files.isDirectory(folder)) {
			throw new CommandFailure(NLS.bind(CliMessages.notAFolder, folder));
		}
		Map<FileKind, List<Path>> byKind = new EnumMap<>(FileKind.class);
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.filter(Files::isRegularFile)
					.filter(file -> !isExcluded(folder.relativize(file)))
					.sorted()
					.forEach(file -> {
						FileKind kind = FileKind.of(file);
						if (kind != null) {
							byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(folder.relativize(file));
						}
					});
		} catch (IOException | UncheckedIOException e) {
			throw new CommandFailure(NLS.bind(CliMessages.unreadableFolder, folder, e.getMessage()));
		}
		return new SolutionFolder(byKind);
	}

	private static boolean isExcluded(Path relative) {
		for (Path segment : relative) {
			String name = segment.toString();
			if (name.startsWith(".") || name.equals("generated") || name.equals("target")) {
				return true;
			}
		}
		return false;
	}

	/** @return the files of one kind, relative to the folder, in path order */
	public List<Path> files(FileKind kind) {
		return files.getOrDefault(kind, List.of());
	}
}
