package io.processware.generator;

import java.util.List;
import java.util.Map;

/**
 * What the trace knows of one generated file.
 *
 * @param templateSet        the template set that generated it
 * @param templateSetVersion that set's version
 * @param template           the template that opened the file's first {@code <@file>} block
 * @param templateOverridden whether that template was the solution's own
 * @param modelHash          the hash of the model it was generated from
 * @param mode               its write mode
 * @param contentHash        SHA-256 of the content written, user code included
 * @param skeletonHash       SHA-256 of the content without protected-region contents: what the
 *                           generator owns; a file on disk with another skeleton was edited outside
 *                           its protected regions
 * @param elements           ids of the model elements it came from
 * @param regionDefaults     per protected region, SHA-256 of the generated default: a region still
 *                           holding its default carries no user code
 * @param userRegions        the regions that held user code when the file was written
 */
public record TraceEntry(String templateSet, String templateSetVersion, String template, boolean templateOverridden,
		String modelHash, WriteMode mode, String contentHash, String skeletonHash, List<String> elements,
		Map<String, String> regionDefaults, List<String> userRegions) {
}
