package io.processware.generator.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the previous run rendered, kept in {@code .processware/render-cache-<set>.bin} so that the
 * next one can skip files whose inputs did not change: per file the model objects its template read
 * (as indexes into one table of keys) and the file's size and time when written; per key the
 * object's fingerprint then.
 *
 * <p>A cache, not a record: it is not versioned (the folder's {@code .gitignore} leaves it out), a
 * missing, stale or unreadable cache only means every file is rendered. A file is reused only when
 * the template set and variables are the same, every object it read has the same fingerprint, and
 * the file on disk has the size and time it had when written (else its content is checked).
 *
 * <p>Thousands of files share most of their keys (every controller reads the solution), so each
 * key is compared once per run, not once per file that read it: that keeps a regeneration's
 * bookkeeping proportional to the model, not to files times dependencies.
 */
public final class RenderCache {

	/** One cache per template set: several sets generate into one output folder, each run renders one set. */
	static String file(String templateSet) {
		return OutputFolder.ENGINE_FOLDER + "/render-cache-" + templateSet.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin";
	}
	private static final int FORMAT = 3;
	private static final byte UNKNOWN = 0;
	private static final byte SAME = 1;
	private static final byte CHANGED = 2;

	/** One file as the previous run left it: its size and time, and the indexes of the keys it read. */
	record Entry(long size, long modified, int[] dependencies) {
	}

	private final String file;
	private final String runFingerprint;
	private final String[] keys;
	private final long[] fingerprints;
	/** per key, whether its object still has the fingerprint it had: found out once, when a file asks */
	private final byte[] states;
	/** per key, its number in this run plus two (see {@link #current}); zero until looked up */
	private final int[] currentIds;
	private final Map<String, Entry> entries;

	private RenderCache(String file, String runFingerprint, String[] keys, long[] fingerprints, Map<String, Entry> entries) {
		this.file = file;
		this.runFingerprint = runFingerprint;
		this.keys = keys;
		this.fingerprints = fingerprints;
		this.states = new byte[keys.length];
		this.currentIds = new int[keys.length];
		this.entries = entries;
	}

	static RenderCache empty(String file, String runFingerprint) {
		return new RenderCache(file, runFingerprint, new String[0], new long[0], Map.of());
	}

	/** @return the cache of an output folder for a run with this fingerprint; empty when it does not apply */
	public static RenderCache load(Path outputFolder, String templateSet, String runFingerprint) {
		String file = file(templateSet);
		try (InputStream stream = new BufferedInputStream(Files.newInputStream(outputFolder.resolve(file)), 1 << 16);
				DataInputStream in = new DataInputStream(stream)) {
			if (in.readInt() != FORMAT || !in.readUTF().equals(runFingerprint)) {
				return empty(file, runFingerprint);
			}
			int keyCount = in.readInt();
			String[] keys = new String[keyCount];
			long[] fingerprints = new long[keyCount];
			for (int i = 0; i < keyCount; i++) {
				keys[i] = in.readUTF();
				fingerprints[i] = in.readLong();
			}
			int fileCount = in.readInt();
			Map<String, Entry> entries = new HashMap<>(fileCount * 2);
			for (int i = 0; i < fileCount; i++) {
				String path = in.readUTF();
				long size = in.readLong();
				long modified = in.readLong();
				int[] dependencies = new int[in.readInt()];
				for (int d = 0; d < dependencies.length; d++) {
					dependencies[d] = in.readInt();
					if (dependencies[d] < 0 || dependencies[d] >= keyCount) {
						return empty(file, runFingerprint);
					}
				}
				entries.put(path, new Entry(size, modified, dependencies));
			}
			return new RenderCache(file, runFingerprint, keys, fingerprints, entries);
		} catch (NoSuchFileException e) {
			return empty(file, runFingerprint);
		} catch (IOException | RuntimeException e) {
			// an unreadable cache costs a full render, nothing else
			return empty(file, runFingerprint);
		}
	}

	/**
	 * @return the file as the last run left it, when none of the objects it read changed and the
	 *         file on disk is as it was written; null when the file must be rendered
	 */
	Entry reusable(String path, Path target, DependencyTracker tracker) {
		Entry entry = entries.get(path);
		// no keys: the file read nothing of the model (files that read untracked objects have no entry)
		if (entry == null || !unchangedOnDisk(target, entry)) {
			return null;
		}
		for (int key : entry.dependencies()) {
			if (state(key, tracker) != SAME) {
				return null;
			}
		}
		return entry;
	}

	private byte state(int key, DependencyTracker tracker) {
		if (states[key] == UNKNOWN) {
			int current = current(key, tracker);
			states[key] = current != DependencyTracker.UNTRACKED && tracker.fingerprint(current) == fingerprints[key]
					? SAME : CHANGED;
		}
		return states[key];
	}

	/** @return the number, in this run, of the old key; {@link DependencyTracker#UNTRACKED} when its object is gone */
	private int current(int key, DependencyTracker tracker) {
		if (currentIds[key] == 0) {
			currentIds[key] = tracker.find(keys[key]) + 2;
		}
		return currentIds[key] - 2;
	}

	private static boolean unchangedOnDisk(Path target, Entry entry) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
			return attributes.size() == entry.size() && modified(attributes) == entry.modified();
		} catch (IOException e) {
			return false;
		}
	}

	private static long modified(BasicFileAttributes attributes) {
		return attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
	}

	/**
	 * Writes the cache for the files of this run.
	 *
	 * @param rendered per rendered file, the numbers of the keys its template read (see {@link DependencyTracker#id})
	 * @param reused   per file whose rendering was skipped, its entry of this cache (it is on disk as then)
	 */
	void save(OutputFolder output, Map<String, int[]> rendered, Map<String, Entry> reused,
			DependencyTracker tracker) {
		KeyTable table = new KeyTable(tracker);
		TreeSet<String> paths = new TreeSet<>(rendered.keySet());
		paths.addAll(reused.keySet());
		List<String> writtenPaths = new ArrayList<>(paths.size());
		List<Entry> written = new ArrayList<>(paths.size());
		for (String path : paths) {
			Entry before = reused.get(path);
			if (before != null) {
				int[] dependencies = new int[before.dependencies().length];
				for (int d = 0; d < dependencies.length; d++) {
					dependencies[d] = table.old(before.dependencies()[d]);
				}
				writtenPaths.add(path);
				written.add(new Entry(before.size(), before.modified(), dependencies));
				continue;
			}
			BasicFileAttributes attributes;
			try {
				attributes = Files.readAttributes(output.root().resolve(path), BasicFileAttributes.class);
			} catch (IOException e) {
				continue;
			}
			int[] read = rendered.get(path);
			int[] dependencies = new int[read.length];
			for (int d = 0; d < read.length; d++) {
				dependencies[d] = table.current(read[d]);
			}
			writtenPaths.add(path);
			written.add(new Entry(attributes.size(), modified(attributes), dependencies));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
			out.writeInt(FORMAT);
			out.writeUTF(runFingerprint);
			out.writeInt(table.keys.size());
			for (int i = 0; i < table.keys.size(); i++) {
				out.writeUTF(table.keys.get(i));
				out.writeLong(table.fingerprints[i]);
			}
			out.writeInt(written.size());
			for (int i = 0; i < written.size(); i++) {
				Entry entry = written.get(i);
				out.writeUTF(writtenPaths.get(i));
				out.writeLong(entry.size());
				out.writeLong(entry.modified());
				out.writeInt(entry.dependencies().length);
				for (int key : entry.dependencies()) {
					out.writeInt(key);
				}
			}
		} catch (IOException e) {
			return;
		}
		output.writeBytes(output.root().resolve(file), bytes.toByteArray());
	}

	/**
	 * The keys of the next cache: those still read, in the order first met. A key of this cache whose
	 * object was found unchanged keeps its fingerprint (the tracker computed it once, to compare).
	 */
	private final class KeyTable {
		private final DependencyTracker tracker;
		private final List<String> keys = new ArrayList<>();
		private long[] fingerprints = new long[1024];
		private final int[] fromOld = new int[RenderCache.this.keys.length];
		/** per key number of this run, its index in the new table plus one; zero when not added yet */
		private int[] fromCurrent;

		KeyTable(DependencyTracker tracker) {
			this.tracker = tracker;
			this.fromCurrent = new int[Math.max(16, tracker.size())];
			Arrays.fill(fromOld, -1);
		}

		int old(int index) {
			if (fromOld[index] < 0) {
				// looked up again: a key may have got its number after the files were compared
				int now = tracker.find(RenderCache.this.keys[index]);
				// an object that is not in the model any more can never match again
				fromOld[index] = now == DependencyTracker.UNTRACKED ? add(RenderCache.this.keys[index], 0) : current(now);
			}
			return fromOld[index];
		}

		int current(int id) {
			if (id >= fromCurrent.length) {
				fromCurrent = Arrays.copyOf(fromCurrent, Math.max(fromCurrent.length * 2, id + 1));
			}
			if (fromCurrent[id] == 0) {
				fromCurrent[id] = add(tracker.keyOf(id), tracker.fingerprint(id)) + 1;
			}
			return fromCurrent[id] - 1;
		}

		private int add(String key, long fingerprint) {
			if (keys.size() == fingerprints.length) {
				fingerprints = Arrays.copyOf(fingerprints, fingerprints.length * 2);
			}
			fingerprints[keys.size()] = fingerprint;
			keys.add(key);
			return keys.size() - 1;
		}
	}
}
