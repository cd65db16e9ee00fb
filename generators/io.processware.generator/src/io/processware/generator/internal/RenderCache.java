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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the previous run rendered, kept in {@code .processware/render-cache.bin} so that the next
 * one can skip files whose inputs did not change: per file the keys of the model objects its
 * template read and the file's size and time when written; per key the object's fingerprint then.
 *
 * <p>A cache, not a record: it is not versioned (the folder's {@code .gitignore} leaves it out), a
 * missing, stale or unreadable cache only means every file is rendered. A file is reused only when
 * the template set and variables are the same, every object it read has the same fingerprint, and
 * the file on disk has the size and time it had when written (else its content is checked).
 */
public final class RenderCache {

	/** One cache per template set: several sets generate into one output folder, each run renders one set. */
	static String file(String templateSet) {
		return OutputFolder.ENGINE_FOLDER + "/render-cache-" + templateSet.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin";
	}
	private static final int FORMAT = 1;

	/** One file as the previous run left it. */
	record Entry(String path, long size, long modified, List<String> dependencies) {
	}

	private final String file;
	private final String runFingerprint;
	private final Map<String, Long> fingerprints;
	private final Map<String, Entry> entries;

	private RenderCache(String file, String runFingerprint, Map<String, Long> fingerprints, Map<String, Entry> entries) {
		this.file = file;
		this.runFingerprint = runFingerprint;
		this.fingerprints = fingerprints;
		this.entries = entries;
	}

	static RenderCache empty(String file, String runFingerprint) {
		return new RenderCache(file, runFingerprint, new HashMap<>(), new HashMap<>());
	}

	/** @return the cache of an output folder for a run with this fingerprint; empty when it does not apply */
	public static RenderCache load(Path outputFolder, String templateSet, String runFingerprint) {
		String file = file(templateSet);
		try (InputStream stream = new BufferedInputStream(Files.newInputStream(outputFolder.resolve(file)));
				DataInputStream in = new DataInputStream(stream)) {
			if (in.readInt() != FORMAT || !in.readUTF().equals(runFingerprint)) {
				return empty(file, runFingerprint);
			}
			int keyCount = in.readInt();
			String[] keys = new String[keyCount];
			Map<String, Long> fingerprints = new HashMap<>(keyCount * 2);
			for (int i = 0; i < keyCount; i++) {
				keys[i] = in.readUTF();
				fingerprints.put(keys[i], Long.valueOf(in.readLong()));
			}
			int fileCount = in.readInt();
			Map<String, Entry> entries = new HashMap<>(fileCount * 2);
			for (int i = 0; i < fileCount; i++) {
				String path = in.readUTF();
				long size = in.readLong();
				long modified = in.readLong();
				int dependencyCount = in.readInt();
				List<String> dependencies = new ArrayList<>(dependencyCount);
				for (int d = 0; d < dependencyCount; d++) {
					dependencies.add(keys[in.readInt()]);
				}
				entries.put(path, new Entry(path, size, modified, dependencies));
			}
			return new RenderCache(file, runFingerprint, fingerprints, entries);
		} catch (NoSuchFileException e) {
			return empty(file, runFingerprint);
		} catch (IOException | RuntimeException e) {
			// an unreadable cache costs a full render, nothing else
			return empty(file, runFingerprint);
		}
	}

	/**
	 * @return the keys the file read last time, when none of them changed and the file on disk is
	 *         as it was written; null when the file must be rendered
	 */
	List<String> reusableDependencies(String path, Path target, DependencyTracker tracker) {
		Entry entry = entries.get(path);
		if (entry == null || entry.dependencies().isEmpty() || !unchangedOnDisk(target, entry)) {
			return null;
		}
		for (String key : entry.dependencies()) {
			Object current = tracker.find(key);
			Long before = fingerprints.get(key);
			if (current == null || before == null || tracker.fingerprint(current) != before.longValue()) {
				return null;
			}
		}
		return entry.dependencies();
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
	 * @param dependencies per produced file, the keys its template read (or reused)
	 */
	void save(OutputFolder output, Map<String, Set<String>> dependencies, DependencyTracker tracker) {
		Map<String, Integer> keyIndex = new LinkedHashMap<>();
		dependencies.values().forEach(keys -> keys.forEach(key -> keyIndex.putIfAbsent(key, Integer.valueOf(keyIndex.size()))));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
			out.writeInt(FORMAT);
			out.writeUTF(runFingerprint);
			out.writeInt(keyIndex.size());
			for (String key : keyIndex.keySet()) {
				Object current = tracker.find(key);
				out.writeUTF(key);
				// an object that is not in the model any more can never match again
				out.writeLong(current == null ? 0 : tracker.fingerprint(current));
			}
			List<String> paths = new ArrayList<>(dependencies.keySet());
			paths.sort(null);
			List<byte[]> records = new ArrayList<>();
			for (String path : paths) {
				Path target = output.root().resolve(path);
				BasicFileAttributes attributes;
				try {
					attributes = Files.readAttributes(target, BasicFileAttributes.class);
				} catch (IOException e) {
					continue;
				}
				ByteArrayOutputStream record = new ByteArrayOutputStream();
				try (DataOutputStream entry = new DataOutputStream(record)) {
					entry.writeUTF(path);
					entry.writeLong(attributes.size());
					entry.writeLong(modified(attributes));
					Set<String> keys = dependencies.get(path);
					entry.writeInt(keys.size());
					for (String key : keys) {
						entry.writeInt(keyIndex.get(key).intValue());
					}
				}
				records.add(record.toByteArray());
			}
			out.writeInt(records.size());
			for (byte[] record : records) {
				out.write(record);
			}
		} catch (IOException e) {
			return;
		}
		output.writeBytes(output.root().resolve(file), bytes.toByteArray());
	}
}
