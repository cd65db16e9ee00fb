package io.processware.generator.targets.qa;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Picks the files a validator checks, by their endings, in a stable order. */
public final class QaFiles {

	private QaFiles() {
	}

	/**
	 * @param output  the output folder
	 * @param files   the target's files, relative to {@code output}
	 * @param endings the endings to pick, in lower case ({@code ".yaml", ".yml"}); case is ignored
	 * @return the picked files, resolved against {@code output}, sorted by their relative path
	 */
	public static List<Path> ending(Path output, Collection<String> files, String... endings) {
		return files.stream().sorted().filter(file -> {
			String name = file.toLowerCase(Locale.ROOT);
			for (String ending : endings) {
				if (name.endsWith(ending)) {
					return true;
				}
			}
			return false;
		}).map(output::resolve).toList();
	}
}
