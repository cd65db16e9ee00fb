package io.processware.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of a model's files, recorded with every generated file: the same files give the same
 * hash on every machine, so a run can be matched to the exact model it came from.
 */
public final class ModelHash {

	private ModelHash() {
	}

	/**
	 * @param root  the folder the files' names are taken relative to (names count, not locations)
	 * @param files the model's files
	 * @return SHA-256 over each file's relative name and bytes, in name order
	 */
	public static String of(Path root, List<Path> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			List<Path> sorted = files.stream().map(file -> root.toAbsolutePath().relativize(file.toAbsolutePath()))
					.sorted().toList();
			for (Path relative : sorted) {
				digest.update(relative.toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Files.readAllBytes(root.resolve(relative)));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (IOException e) {
			throw new GenerationException("cannot read the model to hash it: " + e.getMessage(), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
