package io.processware.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.processware.generator.CommentSyntax;
import io.processware.generator.GenerationException;
import io.processware.generator.ProtectedRegions;

/**
 * Drift: the committed generated output differs from what the model produces now. Files are
 * compared without the contents of their protected regions (user code there is not drift); the
 * engine's machine-local files are not compared, nor is the trace: it is bookkeeping whose entries
 * keep the model hash of the run that last wrote each file, so it depends on the output's history;
 * the files it lists are compared one by one.
 */
public final class OutputDrift {

	/** One file that drifted. */
	public record Drifted(String path, String reason) {
	}

	private OutputDrift() {
	}

	/**
	 * @param regenerated a folder the model was just generated into
	 * @param committed   the committed output's files by path
	 * @return the drifted files, in path order
	 */
	public static List<Drifted> between(Path regenerated, SortedMap<String, byte[]> committed) {
		SortedMap<String, byte[]> fresh = read(regenerated);
		List<Drifted> drifted = new ArrayList<>();
		for (String path : new TreeSet<>(union(fresh, committed))) {
			if (machineLocal(path)) {
				continue;
			}
			byte[] now = fresh.get(path);
			byte[] then = committed.get(path);
			if (then == null) {
				drifted.add(new Drifted(path, "the model now generates it, the committed output lacks it"));
			} else if (now == null) {
				drifted.add(new Drifted(path, "committed, but the model no longer generates it"));
			} else if (!Arrays.equals(now, then) && !sameSkeleton(path, now, then)) {
				drifted.add(new Drifted(path, "differs from what the model generates"));
			}
		}
		return drifted;
	}

	private static java.util.Set<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
		java.util.Set<String> all = new TreeSet<>(a.keySet());
		all.addAll(b.keySet());
		return all;
	}

	private static boolean machineLocal(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return path.startsWith(".processware/") && (name.endsWith(".lock") || name.startsWith("render-cache-")
				|| name.equals("run-in-progress") || name.equals("trace.json")) || path.startsWith("target/") || path.endsWith(".lost");
	}

	private static boolean sameSkeleton(String path, byte[] now, byte[] then) {
		CommentSyntax syntax = CommentSyntax.forPath(path);
		if (syntax == null) {
			return false;
		}
		try {
			return ProtectedRegions.parse(new String(now, StandardCharsets.UTF_8), syntax, path).skeleton()
					.equals(ProtectedRegions.parse(new String(then, StandardCharsets.UTF_8), syntax, path).skeleton());
		} catch (GenerationException brokenMarkers) {
			return false;
		}
	}

	private static SortedMap<String, byte[]> read(Path folder) {
		SortedMap<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String path = folder.relativize(file).toString().replace('\\', '/');
				if (!path.startsWith(".git/")) {
					files.put(path, Files.readAllBytes(file));
				}
			}
		} catch (IOException e) {
			throw new PipelineException(folder + ": cannot read the regenerated output: " + e.getMessage(), e);
		}
		return files;
	}
}
