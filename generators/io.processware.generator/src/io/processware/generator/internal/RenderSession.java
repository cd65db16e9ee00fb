package io.processware.generator.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.processware.generator.GenerationException;
import io.processware.generator.GeneratedFile;
import io.processware.generator.WriteMode;

/**
 * What one rendering of a template set has produced so far: the files, in the order their first
 * block was opened, and the stack of {@code <@file>} blocks being rendered (for protected regions
 * and for naming the element being generated when a template fails).
 */
final class RenderSession {

	/** A {@code <@file>} block being rendered. */
	record OpenFile(String path, String element, StringBuilder buffer) {
	}

	private final Map<String, GeneratedFile> files = new LinkedHashMap<>();
	private final Deque<OpenFile> open = new ArrayDeque<>();
	private OpenFile failedIn;

	OpenFile open(String path, String element) {
		OpenFile file = new OpenFile(path, element, new StringBuilder());
		open.push(file);
		return file;
	}

	void close(GeneratedFile file) {
		open.pop();
		GeneratedFile earlier = files.get(file.path());
		if (earlier == null) {
			files.put(file.path(), file);
		} else if (file.mode() == WriteMode.APPEND && earlier.mode() != WriteMode.CREATE) {
			List<String> elements = new ArrayList<>(earlier.elements());
			file.elements().stream().filter(id -> !elements.contains(id)).forEach(elements::add);
			files.put(file.path(), new GeneratedFile(file.path(), earlier.mode(), earlier.content() + file.content(),
					earlier.template(), earlier.templateOverridden() || file.templateOverridden(), List.copyOf(elements)));
		} else {
			throw new GenerationException("template " + file.template() + " writes " + file.path()
					+ " again (already written by " + earlier.template() + "); use mode=\"append\" to add to it");
		}
	}

	/** Remembers the innermost block when its body fails, before the stack unwinds. */
	void failed() {
		if (failedIn == null && !open.isEmpty()) {
			failedIn = open.peek();
		}
		if (!open.isEmpty()) {
			open.pop();
		}
	}

	OpenFile current() {
		return open.peek();
	}

	OpenFile failedIn() {
		return failedIn;
	}

	List<GeneratedFile> files() {
		return List.copyOf(files.values());
	}
}
