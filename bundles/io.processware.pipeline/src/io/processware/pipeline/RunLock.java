package io.processware.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One pipeline operation at a time on a solution's output: an operating-system lock on
 * {@code .processware/pipeline.lock}, released by the system when the process dies, so a killed
 * run never blocks the next one.
 */
public final class RunLock implements AutoCloseable {

	static final String FILE = ".processware/pipeline.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private RunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** @throws PipelineException when another run (in this or another process) holds the output */
	public static RunLock acquire(Path output) {
		Path file = output.resolve(FILE);
		try {
			Files.createDirectories(file.getParent());
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException sameProcess) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new PipelineException(output + ": another generation run or review is in progress on this solution's "
						+ "output; wait for it to finish (two runs at once are refused)");
			}
			return new RunLock(channel, lock);
		} catch (IOException e) {
			throw new PipelineException(file + ": cannot take the pipeline's lock: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		} catch (IOException e) {
			throw new PipelineException("cannot release the pipeline's lock: " + e.getMessage(), e);
		}
	}
}
