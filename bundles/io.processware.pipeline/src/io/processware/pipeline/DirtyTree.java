package io.processware.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.processware.generator.CommentSyntax;
import io.processware.generator.GenerationException;
import io.processware.generator.ProtectedRegions;
import io.processware.generator.Trace;
import io.processware.generator.TraceEntry;

/**
 * Finds generated files that users edited outside their protected regions, across every target's
 * files, before a run writes anything: the engine would refuse them one target at a time, after
 * earlier targets had already written.
 */
final class DirtyTree {

	private DirtyTree() {
	}

	/** @return the files edited outside protected regions, relative to the output, in path order */
	static List<String> editedOutsideRegions(Path output) {
		List<String> edited = new ArrayList<>();
		for (Map.Entry<String, TraceEntry> entry : Trace.read(output).entries().entrySet()) {
			Path file = output.resolve(entry.getKey());
			if (!Files.isRegularFile(file)) {
				continue; // a deleted generated file is simply generated again
			}
			try {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				if (entry.getValue().isContentOf(text)) {
					continue;
				}
				CommentSyntax syntax = CommentSyntax.forPath(entry.getKey());
				String skeleton;
				try {
					skeleton = syntax == null ? text : ProtectedRegions.parse(text, syntax, entry.getKey()).skeleton();
				} catch (GenerationException brokenMarkers) {
					edited.add(entry.getKey());
					continue;
				}
				if (!sha256(skeleton).equals(entry.getValue().skeletonHash())) {
					edited.add(entry.getKey());
				}
			} catch (IOException e) {
				edited.add(entry.getKey());
			}
		}
		return edited;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
