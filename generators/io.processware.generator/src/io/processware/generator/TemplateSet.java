package io.processware.generator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A versioned folder of FreeMarker templates for one target (application, infrastructure, ...),
 * described by its {@code templateset.properties}: {@code name}, {@code version} and optionally
 * {@code entry} (the template rendered first, default {@code main.ftl}).
 *
 * @param name    the target's name, also the folder a solution uses to override templates
 * @param version recorded in the trace of every file the set generates
 * @param entry   the template rendered first
 * @param folder  where the bundled templates are
 */
public record TemplateSet(String name, String version, String entry, Path folder) {

	/** The file describing a template set. */
	public static final String DESCRIPTOR = "templateset.properties";

	/**
	 * Reads a template set's descriptor.
	 *
	 * @throws GenerationException when the descriptor is missing or incomplete
	 */
	public static TemplateSet load(Path folder) {
		Path descriptor = folder.resolve(DESCRIPTOR);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(descriptor, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new GenerationException(descriptor + ": cannot read the template set's descriptor: " + e.getMessage(), e);
		}
		String name = required(properties, "name", descriptor);
		String version = required(properties, "version", descriptor);
		String entry = properties.getProperty("entry", "main.ftl").trim();
		return new TemplateSet(name, version, entry, folder);
	}

	private static String required(Properties properties, String key, Path descriptor) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new GenerationException(descriptor + ": '" + key + "' is missing");
		}
		return value.trim();
	}
}
