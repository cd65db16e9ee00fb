package io.processware.generator;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import io.processware.generator.internal.OutputFolder;

/**
 * The traceability record of an output folder, {@code .processware/trace.json}: for every
 * generated file, where it came from (model elements, template, template-set version, model hash)
 * and what was written (content hash). Sorted by path, so that it diffs well in git. It answers
 * both directions: which elements a file came from, and which files an element produced.
 */
public final class Trace {

	/** The trace's place inside an output folder. */
	public static final String FILE = OutputFolder.ENGINE_FOLDER + "/trace.json";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	private static final Type ENTRIES = new TypeToken<TreeMap<String, TraceEntry>>() {
	}.getType();

	private final SortedMap<String, TraceEntry> entries;

	private Trace(SortedMap<String, TraceEntry> entries) {
		this.entries = entries;
	}

	/** @return a trace of these entries */
	public static Trace of(SortedMap<String, TraceEntry> entries) {
		return new Trace(new TreeMap<>(entries));
	}

	/**
	 * Reads the trace of an output folder; an output folder never generated into has an empty one.
	 *
	 * @throws GenerationException when the trace exists but cannot be read
	 */
	public static Trace read(Path outputFolder) {
		Path file = outputFolder.resolve(FILE);
		if (!Files.exists(file)) {
			return new Trace(new TreeMap<>());
		}
		try {
			SortedMap<String, TraceEntry> entries = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), ENTRIES);
			return new Trace(entries == null ? new TreeMap<>() : entries);
		} catch (IOException | JsonParseException e) {
			throw new GenerationException(file + ": the trace cannot be read: " + e.getMessage(), e);
		}
	}

	/** @return every entry by path, in path order */
	public SortedMap<String, TraceEntry> entries() {
		return Collections.unmodifiableSortedMap(entries);
	}

	/** @return the entry of a file, or null when the file was not generated */
	public TraceEntry entry(String path) {
		return entries.get(path);
	}

	/** @return the files generated from a model element, in path order */
	public List<String> filesOf(String elementId) {
		return entries.entrySet().stream().filter(entry -> entry.getValue().elements().contains(elementId))
				.map(Map.Entry::getKey).toList();
	}

	/** @return the trace as written to {@link #FILE}: pretty-printed JSON, sorted by path */
	public String toJson() {
		return GSON.toJson(entries, ENTRIES) + "\n";
	}
}
