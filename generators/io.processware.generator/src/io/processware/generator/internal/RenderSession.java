package io.processware.generator.internal;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.processware.generator.GeneratedFile;
import io.processware.generator.GenerationException;
import io.processware.generator.Trace;
import io.processware.generator.TraceEntry;
import io.processware.generator.WriteMode;

/**
 * What one rendering of a template set has produced so far: the files, in the order their first
 * block was opened; the stack of {@code <@file>} blocks being rendered (for protected regions and
 * for naming the element being generated when a template fails); and, when dependencies are
 * tracked, what each file's template read.
 */
final class RenderSession {

	/** A {@code <@file>} block being rendered. */
	static final class OpenFile {
		private final String path;
		private final String element;
		/** an append block is always rendered again (see {@link #reusable}): what it reads is not worth recording */
		private final boolean recorded;
		private final StringBuilder buffer = new StringBuilder();
		private final KeyNumbers dependencies = new KeyNumbers();
		/** objects a computing method was called on: the file depends on all they hold, added once at the end */
		private final Set<Object> deep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		private boolean untracked;

		OpenFile(String path, String element, WriteMode mode) {
			this.path = path;
			this.element = element;
			this.recorded = mode != WriteMode.APPEND;
		}

		String path() {
			return path;
		}

		String element() {
			return element;
		}

		StringBuilder buffer() {
			return buffer;
		}
	}

	private final DependencyTracker tracker;
	private final RenderCache cache;
	private final Trace previous;
	private final Path outputRoot;
	private final Map<String, GeneratedFile> files = new LinkedHashMap<>();
	private final Map<String, KeyNumbers> dependencies = new LinkedHashMap<>();
	/** files whose rendering was skipped: what they read is the cache's entry */
	private final Map<String, RenderCache.Entry> reused = new HashMap<>();
	private final Set<String> untracked = new LinkedHashSet<>();
	/** files assembled from several blocks: their content is not one template's, so they are always rendered */
	private final Set<String> assembled = new LinkedHashSet<>();
	private final Deque<OpenFile> open = new ArrayDeque<>();
	private OpenFile failedIn;

	/** A session that renders every file (no dependency tracking). */
	RenderSession() {
		this(null, null, null, null);
	}

	RenderSession(DependencyTracker tracker, RenderCache cache, Trace previous, Path outputRoot) {
		this.tracker = tracker;
		this.cache = cache;
		this.previous = previous;
		this.outputRoot = outputRoot;
	}

	OpenFile open(String path, String element, WriteMode mode) {
		OpenFile file = new OpenFile(path, element, mode);
		open.push(file);
		return file;
	}

	/** Notes that the template read {@code property} of {@code object} while rendering the current file. */
	void read(Object object, String property) {
		OpenFile file = open.peek();
		if (file == null || tracker == null || !file.recorded || file.untracked) {
			// an untracked file is rendered every time anyway: nothing more it reads matters
			return;
		}
		int id = tracker.id(object);
		if (id == DependencyTracker.UNTRACKED) {
			file.untracked = true;
		} else if (DependencyTracker.isComponent(object, property)) {
			file.dependencies.add(id);
		} else {
			// a computing method may read anything the object holds
			file.deep.add(object);
		}
	}

	/**
	 * @return the dependencies of the file's last rendering when none changed, the file is as it was
	 *         written and it is written whole by one block; null when it must be rendered
	 */
	RenderCache.Entry reusable(String path, WriteMode mode) {
		if (cache == null || mode == WriteMode.APPEND || files.containsKey(path)) {
			return null;
		}
		TraceEntry entry = previous.entry(path);
		if (entry == null || entry.mode() != mode) {
			return null;
		}
		return cache.reusable(path, outputRoot.resolve(path).normalize(), tracker);
	}

	/** Records a file whose rendering was skipped. */
	void reuse(GeneratedFile file, RenderCache.Entry entry) {
		files.put(file.path(), file);
		reused.put(file.path(), entry);
	}

	void close(GeneratedFile file) {
		OpenFile closed = open.pop();
		GeneratedFile earlier = files.get(file.path());
		if (earlier == null) {
			files.put(file.path(), file);
		} else if (file.mode() == WriteMode.APPEND && earlier.mode() != WriteMode.CREATE) {
			List<String> elements = new ArrayList<>(earlier.elements());
			file.elements().stream().filter(id -> !elements.contains(id)).forEach(elements::add);
			files.put(file.path(), new GeneratedFile(file.path(), earlier.mode(), contentOf(earlier) + file.content(),
					earlier.template(), earlier.templateOverridden() || file.templateOverridden(),
					List.copyOf(elements), false));
			assembled.add(file.path());
		} else {
			throw new GenerationException("template " + file.template() + " writes " + file.path()
					+ " again (already written by " + earlier.template() + "); use mode=\"append\" to add to it");
		}
		if (closed.untracked) {
			untracked.add(file.path());
		}
		if (tracker != null && closed.recorded && !closed.untracked) {
			KeyNumbers read = dependencies.computeIfAbsent(file.path(), p -> new KeyNumbers());
			read.addAll(closed.dependencies);
			closed.deep.forEach(object -> read.addAll(tracker.deepIds(object)));
		}
	}

	/**
	 * A reused block that now gets an append block was a whole file last time: what is on disk is
	 * what that block produced (with the user's code in its regions, which the merge keeps anyway).
	 */
	private String contentOf(GeneratedFile earlier) {
		if (!earlier.reused()) {
			return earlier.content();
		}
		try {
			return java.nio.file.Files.readString(outputRoot.resolve(earlier.path()), java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new GenerationException(earlier.path() + ": cannot read: " + e.getMessage(), e);
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

	/** @return the files whose rendering was skipped, with their entries in the cache */
	Map<String, RenderCache.Entry> reused() {
		Map<String, RenderCache.Entry> whole = new HashMap<>(reused);
		assembled.forEach(whole::remove);
		return whole;
	}

	/**
	 * @return per rendered file, the numbers of the keys its template read (see
	 *         {@link DependencyTracker#id}); files that read untracked objects are left out
	 */
	Map<String, int[]> dependencies() {
		Map<String, int[]> tracked = new LinkedHashMap<>();
		dependencies.forEach((path, read) -> tracked.put(path, read.toArray()));
		untracked.forEach(tracked::remove);
		assembled.forEach(tracked::remove);
		files.values().stream().filter(file -> file.mode() == WriteMode.APPEND).forEach(file -> tracked.remove(file.path()));
		return tracked;
	}

	DependencyTracker tracker() {
		return tracker;
	}

	RenderCache cache() {
		return cache;
	}
}
