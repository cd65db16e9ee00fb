package io.processware.generator;

import java.util.Locale;

/** How a {@code <@file>} block's output reaches the disk. */
public enum WriteMode {
	/** The generator owns the file: rewritten on each run, user code survives in protected regions. */
	OVERWRITE,
	/**
	 * Written once, when the file does not exist; from then on the user owns it (the hand-written
	 * side of a generation gap). Never rewritten, never removed.
	 */
	CREATE,
	/**
	 * Adds to what earlier {@code <@file>} blocks of the same run wrote to the same path, so several
	 * templates can contribute to one file; the whole file is then owned like {@link #OVERWRITE}.
	 * Unlike Acceleo it never appends to the file left by an earlier run: runs stay reproducible.
	 */
	APPEND;

	/** @return the mode named in a template, case-insensitive */
	public static WriteMode parse(String text) {
		try {
			return valueOf(text.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new GenerationException("unknown file mode '" + text + "' (overwrite, create or append)", e);
		}
	}
}
