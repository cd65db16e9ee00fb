package io.processware.generator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.processware.generator.CommentSyntax;
import io.processware.generator.ProtectedRegion;
import io.processware.generator.ProtectedRegions;
import io.processware.generator.TraceEntry;

/**
 * Carries user code from a file on disk into its newly generated content. A region counts as user
 * code when its content differs from the default the generator wrote last time (known from the
 * trace): untouched defaults follow template changes, edited regions are kept verbatim, and edited
 * regions whose id the templates no longer produce are reported as lost.
 */
final class RegionMerge {

	final String content;
	final Map<String, String> regionDefaults = new LinkedHashMap<>();
	final List<String> userRegions = new ArrayList<>();
	final List<ProtectedRegion> lost = new ArrayList<>();
	final String skeletonHash;

	RegionMerge(String path, String generated, String onDisk, TraceEntry previous) {
		CommentSyntax syntax = CommentSyntax.forPath(path);
		if (syntax == null) {
			content = generated;
			skeletonHash = Hashes.sha256(generated);
			return;
		}
		ProtectedRegions fresh = ProtectedRegions.parse(generated, syntax, "generated " + path);
		fresh.byId().forEach((id, region) -> regionDefaults.put(id, Hashes.sha256(region.content())));
		skeletonHash = Hashes.sha256(fresh.skeleton());
		if (onDisk == null) {
			content = generated;
			return;
		}
		Map<String, ProtectedRegion> old = ProtectedRegions.parse(onDisk, syntax, path).byId();
		content = fresh.replaceContents(id -> {
			ProtectedRegion user = old.get(id);
			if (user == null || isDefault(user, previous)) {
				return null;
			}
			userRegions.add(id);
			return user.content();
		});
		old.values().stream()
				.filter(region -> !fresh.byId().containsKey(region.id()))
				.filter(region -> !isDefault(region, previous) && !region.content().isBlank())
				.forEach(lost::add);
	}

	private static boolean isDefault(ProtectedRegion region, TraceEntry previous) {
		String defaultHash = previous == null ? null : previous.regionDefaults().get(region.id());
		return defaultHash != null && defaultHash.equals(Hashes.sha256(region.content()));
	}

	/** @return the skeleton hash of a file's text, or of the whole text when it has no regions */
	static String skeletonHashOf(String path, String text) {
		CommentSyntax syntax = CommentSyntax.forPath(path);
		return Hashes.sha256(syntax == null ? text : ProtectedRegions.parse(text, syntax, path).skeleton());
	}
}
