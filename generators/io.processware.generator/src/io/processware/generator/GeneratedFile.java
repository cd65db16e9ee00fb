package io.processware.generator;

import java.util.List;

/**
 * One file as the templates produced it, before protected regions are merged.
 *
 * @param path               relative to the output folder, '/' separators
 * @param mode               how it is written
 * @param content            the rendered text, protected regions holding their generated defaults
 * @param template           the template that opened the {@code <@file>} block
 * @param templateOverridden whether that template came from the solution's own templates folder
 * @param elements           ids of the model elements the file was generated from, in order
 */
public record GeneratedFile(String path, WriteMode mode, String content, String template,
		boolean templateOverridden, List<String> elements) {
}
