package io.processware.generator.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.processware.generator.GenerationException;

/**
 * The folder a generation run writes into. Every path comes from templates fed with model names,
 * so each one is checked before use: it must stay inside the folder (no {@code ..}, no absolute
 * path, no symbolic link leading out), use only portable names, and keep out of the engine's own
 * {@code .processware/} and of {@code .git/}. Writes are atomic: a temporary file beside the target,
 * then a move.
 */
public final class OutputFolder {

	/** The engine's own folder inside the output: trace and lock. */
	public static final String ENGINE_FOLDER = ".processware";

	private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2", "com3",
			"com4", "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6",
			"lpt7", "lpt8", "lpt9");
	private static final Pattern FORBIDDEN_CHARACTERS = Pattern.compile("[\\x00-\\x1f<>:\"|?*\\\\]");

	private final Path root;
	private final java.util.Set<Path> safeFolders = new java.util.HashSet<>();
	private Path realRoot;

	public OutputFolder(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	/**
	 * @param relative a path from a template, '/' separators
	 * @return the absolute path inside the folder
	 * @throws GenerationException when the path could leave the folder or is not portable
	 */
	public Path resolve(String relative) {
		if (relative == null || relative.isEmpty()) {
			throw unsafe(relative, "it is empty");
		}
		if (relative.startsWith("/") || relative.matches("^[A-Za-z]:.*")) {
			throw unsafe(relative, "it is absolute");
		}
		String[] segments = relative.split("/", -1);
		for (String segment : segments) {
			checkSegment(relative, segment);
		}
		if (segments[0].equals(ENGINE_FOLDER)) {
			throw unsafe(relative, ENGINE_FOLDER + "/ belongs to the engine");
		}
		Path resolved = root.resolve(relative).normalize();
		if (!resolved.startsWith(root) || resolved.equals(root)) {
			throw unsafe(relative, "it leaves the output folder");
		}
		checkNoLinkLeadsOut(relative, resolved);
		return resolved;
	}

	private static void checkSegment(String relative, String segment) {
		if (segment.isEmpty()) {
			throw unsafe(relative, "it has an empty segment");
		}
		if (segment.equals(".") || segment.equals("..")) {
			throw unsafe(relative, "it contains '" + segment + "'");
		}
		if (segment.equals(".git")) {
			throw unsafe(relative, ".git belongs to version control");
		}
		if (FORBIDDEN_CHARACTERS.matcher(segment).find()) {
			throw unsafe(relative, "'" + segment + "' contains a character that is not portable in file names");
		}
		if (segment.endsWith(".") || segment.endsWith(" ")) {
			throw unsafe(relative, "'" + segment + "' ends with a dot or a space");
		}
		String base = segment.toLowerCase(Locale.ROOT);
		if (base.endsWith(TEMPORARY)) {
			throw unsafe(relative, "'" + segment + "' ends like the engine's temporary files");
		}
		int dot = base.indexOf('.');
		if (RESERVED.contains(dot < 0 ? base : base.substring(0, dot))) {
			throw unsafe(relative, "'" + segment + "' is a reserved device name");
		}
	}

	/**
	 * A symbolic link inside the folder could still point elsewhere: check the nearest existing
	 * ancestor's real path. Folders found safe are remembered, as thousands of files share a few.
	 */
	private void checkNoLinkLeadsOut(String relative, Path resolved) {
		try {
			for (Path current = resolved; current != null && current.startsWith(root); current = current.getParent()) {
				if (safeFolders.contains(current)) {
					return;
				}
				if (Files.exists(current, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					if (!current.toRealPath().startsWith(realRoot())) {
						throw unsafe(relative, "it passes through a link that leads out of the output folder");
					}
					if (Files.isDirectory(current, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
						safeFolders.add(current);
					}
					return;
				}
			}
		} catch (IOException e) {
			throw unsafe(relative, "it cannot be resolved: " + e.getMessage());
		}
	}

	private Path realRoot() throws IOException {
		if (realRoot == null) {
			realRoot = Files.exists(root) ? root.toRealPath() : root;
		}
		return realRoot;
	}

	private static GenerationException unsafe(String relative, String reason) {
		return new GenerationException("unsafe output path '" + relative + "': " + reason);
	}

	/** @return the file's text, or null when it does not exist */
	public String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
		} catch (IOException e) {
			throw new GenerationException(root.relativize(file) + ": cannot read: " + e.getMessage(), e);
		}
	}

	/** Writes a file atomically: readers see the old or the new content, never a part. */
	public void write(Path file, String content) {
		writeBytes(file, content.getBytes(StandardCharsets.UTF_8));
	}

	/** How the temporary file beside a target ends; no generated path may end so. */
	private static final String TEMPORARY = ".processware-tmp";

	/** Threads that write a run's files: opening and renaming files waits on the disk, not on the processor. */
	private static final int WRITERS = 8;

	/**
	 * Writes many files, each atomically as {@link #write(Path, String)}, several at once: a full
	 * generation writes thousands of new files, and one after the other they spent most of the run
	 * waiting for the file system to create them.
	 *
	 * @param meanwhile work for the calling thread while the files are being written
	 * @throws GenerationException naming the first file that could not be written (the others are written)
	 */
	public void writeAll(java.util.Map<Path, String> files, Runnable meanwhile) {
		if (files.size() < 2 * WRITERS) {
			files.forEach(this::write);
			meanwhile.run();
			return;
		}
		java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(WRITERS,
				Thread.ofPlatform().name("processware-writer-", 0).daemon().factory());
		try {
			List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
			files.forEach((file, content) -> writes.add(writers.submit(() -> write(file, content))));
			meanwhile.run();
			GenerationException first = null;
			for (java.util.concurrent.Future<?> write : writes) {
				try {
					write.get();
				} catch (java.util.concurrent.ExecutionException e) {
					if (first == null) {
						first = e.getCause() instanceof GenerationException g ? g
								: new GenerationException(e.getCause().getMessage(), e.getCause());
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new GenerationException("interrupted while writing the generated files", e);
				}
			}
			if (first != null) {
				throw first;
			}
		} finally {
			// never interrupt a write half-way: a failure elsewhere lets the started writes finish
			writers.close();
		}
	}

	/** Writes bytes atomically, as {@link #write(Path, String)}. */
	public void writeBytes(Path file, byte[] content) {
		// a fixed name beside the target: the run's lock keeps other writers out of the folder, and a
		// random temporary name (secure random, exclusive create) cost more than the write itself
		Path temporary = file.resolveSibling("." + file.getFileName() + TEMPORARY);
		try {
			Files.createDirectories(file.getParent());
			try {
				// what a crashed run left is removed, and the new one created exclusively: a link placed
				// at that name is never followed out of the folder
				Files.deleteIfExists(temporary);
				Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				try {
					Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
				}
			} catch (IOException | RuntimeException e) {
				Files.deleteIfExists(temporary);
				throw e;
			}
		} catch (IOException e) {
			throw new GenerationException(root.relativize(file) + ": cannot write: " + e.getMessage(), e);
		}
	}

	/** Deletes a file and the folders it leaves empty, up to the output folder. */
	public void delete(Path file) {
		try {
			Files.deleteIfExists(file);
			for (Path folder = file.getParent(); folder != null && !folder.equals(root)
					&& folder.startsWith(root); folder = folder.getParent()) {
				try {
					Files.delete(folder);
				} catch (DirectoryNotEmptyException e) {
					break;
				}
			}
		} catch (IOException e) {
			throw new GenerationException(root.relativize(file) + ": cannot delete: " + e.getMessage(), e);
		}
	}

	/** Keeps the engine's machine-local files (lock, render cache) out of version control. */
	public void ignoreLocalFiles() {
		Path ignore = root.resolve(ENGINE_FOLDER).resolve(".gitignore");
		String content = "# machine-local files of the Processware engine\ngenerate.lock\nrender-cache-*.bin\n";
		if (!content.equals(read(ignore))) {
			write(ignore, content);
		}
	}

	/**
	 * Takes the folder for one run: a second run on the same folder, in this process or another,
	 * is refused until this one closes the lock.
	 */
	public RunLock lock() {
		Path lockFile = root.resolve(ENGINE_FOLDER).resolve("generate.lock");
		try {
			Files.createDirectories(lockFile.getParent());
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.READ);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
				channel.close();
				throw new GenerationException("another generation run is writing to " + root
						+ (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to finish");
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
			return new RunLock(channel, lock);
		} catch (IOException e) {
			throw new GenerationException(root + ": cannot lock the output folder: " + e.getMessage(), e);
		}
	}

	/** Held while a run writes; closing it lets the next run in. */
	public static final class RunLock implements AutoCloseable {
		private final FileChannel channel;
		private final FileLock lock;

		RunLock(FileChannel channel, FileLock lock) {
			this.channel = channel;
			this.lock = lock;
		}

		@Override
		public void close() {
			try {
				lock.release();
				channel.close();
			} catch (IOException e) {
				// the lock dies with the channel; nothing is left to protect
			}
		}
	}
}
