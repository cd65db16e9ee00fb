package io.processware.generator.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.processware.generator.CommentSyntax;
import io.processware.generator.GeneratedFile;
import io.processware.generator.GenerationException;
import io.processware.generator.GenerationResult;
import io.processware.generator.GenerationResult.LostRegion;
import io.processware.generator.ProtectedRegion;
import io.processware.generator.TemplateSet;
import io.processware.generator.Trace;
import io.processware.generator.TraceEntry;
import io.processware.generator.WriteMode;

/**
 * Brings an output folder up to date with what one template set produced. Everything is decided
 * first (paths checked, user edits outside protected regions detected, user code merged); only
 * then is anything written, and only files whose content changes. Files of other template sets
 * sharing the folder are left alone.
 */
public final class OutputUpdate {

	private final TemplateSet templateSet;
	private final String modelHash;
	private final OutputFolder output;
	private final Trace previous;

	private final List<FileUpdate> updates = new ArrayList<>();
	private final List<String> unchanged = new ArrayList<>();
	private final List<String> reused = new ArrayList<>();
	private final List<LostRegion> lostRegions = new ArrayList<>();
	private final Map<String, List<ProtectedRegion>> lostByFile = new TreeMap<>();
	private int regionsKept;

	public OutputUpdate(TemplateSet templateSet, String modelHash, OutputFolder output, Trace previous) {
		this.templateSet = templateSet;
		this.modelHash = modelHash;
		this.output = output;
		this.previous = previous;
	}

	/**
	 * Plans and applies the update.
	 *
	 * @param files what the templates produced
	 * @param started when the run started, for its duration
	 */
	public GenerationResult apply(List<GeneratedFile> files, long started) {
		return apply(files, started, () -> {
		});
	}

	/**
	 * Plans and applies the update.
	 *
	 * @param files        what the templates produced
	 * @param started      when the run started, for its duration
	 * @param whileWriting work for this thread while the files are written (once everything is decided)
	 */
	public GenerationResult apply(List<GeneratedFile> files, long started, Runnable whileWriting) {
		checkNoCaseCollisions(files);
		List<String> dirty = new ArrayList<>();
		for (GeneratedFile file : files) {
			plan(file, dirty);
		}
		if (!dirty.isEmpty()) {
			throw new GenerationException(dirty.size() + " generated file(s) were edited outside their protected regions: "
					+ String.join(", ", dirty) + "; move those edits into protected regions (or delete the files to "
					+ "regenerate them): nothing was written");
		}
		Map<String, TraceEntry> next = new TreeMap<>(previous.entries());
		List<String> written = new ArrayList<>();
		Map<Path, String> contents = new java.util.LinkedHashMap<>();
		for (FileUpdate update : updates) {
			if (update.content() != null) {
				contents.put(update.target(), update.content());
				written.add(update.path());
			}
			next.put(update.path(), update.entry());
		}
		output.writeAll(contents, whileWriting);
		List<String> removed = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		removeWhatIsNoLongerProduced(files, next, removed, kept);
		saveLostRegions();
		writeTrace(next);
		written.sort(null);
		unchanged.sort(null);
		reused.sort(null);
		return new GenerationResult(List.copyOf(written), List.copyOf(unchanged), List.copyOf(reused), List.copyOf(removed),
				List.copyOf(kept), regionsKept, List.copyOf(lostRegions), Duration.ofNanos(System.nanoTime() - started));
	}

	private static void checkNoCaseCollisions(List<GeneratedFile> files) {
		Map<String, String> seen = new HashMap<>();
		for (GeneratedFile file : files) {
			String other = seen.putIfAbsent(file.path().toLowerCase(Locale.ROOT), file.path());
			if (other != null) {
				throw new GenerationException("generated paths '" + other + "' and '" + file.path()
						+ "' differ only in case: they would overwrite each other on some file systems");
			}
		}
	}

	private void plan(GeneratedFile file, List<String> dirty) {
		Path target = output.resolve(file.path());
		if (file.reused()) {
			// nothing it depends on changed and it is on disk as written: it stays, with a fresh trace entry
			TraceEntry before = previous.entry(file.path());
			unchanged.add(file.path());
			reused.add(file.path());
			updates.add(new FileUpdate(file.path(), target, null, new TraceEntry(templateSet.name(),
					templateSet.version(), file.template(), file.templateOverridden(), modelHash, file.mode(),
					before.contentHash(), before.skeletonHash(), file.elements(), before.regionDefaults(),
					before.userRegions())));
			return;
		}
		String onDisk = output.read(target);
		TraceEntry before = previous.entry(file.path());
		if (file.mode() == WriteMode.CREATE) {
			planUserOwned(file, target, onDisk, before);
			return;
		}
		if (onDisk != null && before == null) {
			throw new GenerationException(file.path() + " exists but was not generated by Processware (template "
					+ file.template() + " would overwrite it): move it away, or change the template's path");
		}
		// a file whose bytes are what we wrote last time needs no look at its regions' skeleton
		boolean untouched = onDisk != null && before.isContentOf(onDisk);
		if (onDisk != null && !untouched && !RegionMerge.skeletonHashOf(file.path(), onDisk).equals(before.skeletonHash())) {
			dirty.add(file.path());
			return;
		}
		if (untouched && before.userRegions().isEmpty() && file.content().equals(onDisk)) {
			unchanged.add(file.path());
			updates.add(new FileUpdate(file.path(), target, null, new TraceEntry(templateSet.name(), templateSet.version(),
					file.template(), file.templateOverridden(), modelHash, file.mode(), before.contentHash(),
					before.skeletonHash(), file.elements(), before.regionDefaults(), List.of())));
			return;
		}
		RegionMerge merge = new RegionMerge(file.path(), file.content(), onDisk, before);
		regionsKept += merge.userRegions.size();
		if (!merge.lost.isEmpty()) {
			lostByFile.put(file.path(), merge.lost);
		}
		TraceEntry entry = new TraceEntry(templateSet.name(), templateSet.version(), file.template(),
				file.templateOverridden(), modelHash, file.mode(), Hashes.sha256(merge.content), merge.skeletonHash,
				file.elements(), merge.regionDefaults, List.copyOf(merge.userRegions));
		boolean same = merge.content.equals(onDisk);
		if (same) {
			unchanged.add(file.path());
		}
		updates.add(new FileUpdate(file.path(), target, same ? null : merge.content, entry));
	}

	/** A create-mode file is written once; afterwards it is the user's, and stays as it is. */
	private void planUserOwned(GeneratedFile file, Path target, String onDisk, TraceEntry before) {
		String content = onDisk == null ? file.content() : null;
		String written = onDisk == null ? file.content() : onDisk;
		TraceEntry entry = new TraceEntry(templateSet.name(), templateSet.version(), file.template(),
				file.templateOverridden(), modelHash, WriteMode.CREATE, Hashes.sha256(written),
				Hashes.sha256(written), file.elements(), Map.of(), List.of());
		if (onDisk != null) {
			unchanged.add(file.path());
		}
		updates.add(new FileUpdate(file.path(), target, content, before != null && onDisk != null ? before : entry));
	}

	private void removeWhatIsNoLongerProduced(List<GeneratedFile> files, Map<String, TraceEntry> next,
			List<String> removed, List<String> kept) {
		Set<String> produced = files.stream().map(GeneratedFile::path).collect(java.util.stream.Collectors.toSet());
		for (Map.Entry<String, TraceEntry> old : previous.entries().entrySet()) {
			String path = old.getKey();
			TraceEntry entry = old.getValue();
			if (!entry.templateSet().equals(templateSet.name()) || produced.contains(path)) {
				continue;
			}
			Path target = output.resolve(path);
			String onDisk = output.read(target);
			if (onDisk == null) {
				next.remove(path);
			} else if (entry.mode() != WriteMode.CREATE && entry.userRegions().isEmpty()
					&& Hashes.sha256(onDisk).equals(entry.contentHash())) {
				output.delete(target);
				next.remove(path);
				removed.add(path);
			} else {
				kept.add(path);
			}
		}
	}

	/** User code whose region is gone is appended to {@code <file>.lost}, never dropped. */
	private void saveLostRegions() {
		lostByFile.forEach((path, regions) -> {
			CommentSyntax syntax = CommentSyntax.forPath(path);
			String lostPath = path + ".lost";
			Path target = output.resolve(lostPath);
			String existing = output.read(target);
			StringBuilder text = new StringBuilder(existing == null ? "" : existing);
			for (ProtectedRegion region : regions) {
				text.append(syntax.startMarker(region.id())).append('\n');
				text.append(region.content());
				text.append(syntax.endMarker()).append('\n');
				lostRegions.add(new LostRegion(path, region.id(), lostPath));
			}
			output.write(target, text.toString());
		});
	}

	private void writeTrace(Map<String, TraceEntry> entries) {
		String json = Trace.of(new TreeMap<>(entries)).toJson();
		Path file = output.root().resolve(Trace.FILE);
		if (!json.equals(output.read(file))) {
			output.write(file, json);
		}
	}
}
