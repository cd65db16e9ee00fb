package io.processware.generator;

/**
 * The text between a {@code Start of user code <id>} and an {@code End of user code} marker.
 *
 * @param id      the region's id, unique within its file
 * @param content the lines between the markers, with their line ends
 * @param line    the 1-based line of the start marker
 */
public record ProtectedRegion(String id, String content, int line) {
}
