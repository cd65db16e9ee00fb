package io.processware.generator.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.processware.generator.GeneratedFile;
import io.processware.generator.GenerationException;
import io.processware.generator.TemplateSet;

/**
 * Renders a template set into {@link GeneratedFile}s, in memory: nothing touches the output folder
 * here, so a failing template leaves the previous output as it was.
 *
 * <p>FreeMarker is configured strict (a missing or null value is an error, not an empty string),
 * locale-neutral (numbers as {@code 1000}, not {@code 1,000}), and without the built-ins that let a
 * template reach arbitrary Java classes: templates may come from a solution folder.
 */
public final class TemplateRenderer {

	static {
		// FreeMarker picks the first logging library it finds; with Xtext in the product that is log4j 1.2,
		// unconfigured, which prints warnings on stderr. java.util.logging is configured by the product.
		if (System.getProperty("org.freemarker.loggerLibrary") == null) {
			System.setProperty("org.freemarker.loggerLibrary", "JUL");
		}
	}

	private final TemplateSet templateSet;
	private final Path overrides;
	private final Function<Object, String> elementIds;
	private final Configuration configuration;

	/**
	 * @param templateSet the bundled templates
	 * @param overrides   a folder whose templates replace bundled ones of the same path, or null
	 * @param elementIds  the id of a model element, for the trace and error messages
	 */
	public TemplateRenderer(TemplateSet templateSet, Path overrides, Function<Object, String> elementIds) {
		this.templateSet = templateSet;
		this.overrides = overrides != null && Files.isDirectory(overrides) ? overrides : null;
		this.elementIds = elementIds;
		this.configuration = configure();
	}

	private Configuration configure() {
		Configuration config = new Configuration(Configuration.VERSION_2_3_33);
		try {
			List<TemplateLoader> loaders = new ArrayList<>();
			if (overrides != null) {
				loaders.add(new FileTemplateLoader(overrides.toFile()));
			}
			loaders.add(new FileTemplateLoader(templateSet.folder().toFile()));
			config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
		} catch (IOException e) {
			throw new GenerationException("template set " + templateSet.name() + ": cannot read " + e.getMessage(), e);
		}
		config.setDefaultEncoding("UTF-8");
		config.setLocale(Locale.ROOT);
		config.setTimeZone(TimeZone.getTimeZone("UTC"));
		config.setNumberFormat("computer");
		config.setBooleanFormat("c");
		config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		config.setLogTemplateExceptions(false);
		config.setWrapUncheckedExceptions(true);
		config.setFallbackOnNullLoopVariable(false);
		config.setAPIBuiltinEnabled(false);
		config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		config.setLocalizedLookup(false);
		return config;
	}

	/**
	 * Renders the template set's entry template with {@code model} as {@code model} and
	 * {@code extra} as further top-level variables.
	 *
	 * @throws GenerationException naming template, line and the element being generated
	 */
	public List<GeneratedFile> render(Object model, Map<String, Object> extra) {
		return render(model, extra, new RenderSession());
	}

	List<GeneratedFile> render(Object model, Map<String, Object> extra, RenderSession session) {
		Map<String, Object> data = new HashMap<>(extra);
		data.put("model", model);
		data.put("file", new FileDirective(session, elementIds, this::isOverridden));
		data.put("protected", new ProtectedDirective(session));
		data.put("templateSet", Map.of("name", templateSet.name(), "version", templateSet.version()));
		configuration.setObjectWrapper(new RecordingObjectWrapper(session));
		try {
			Template entry = configuration.getTemplate(templateSet.entry());
			entry.process(data, Writer.nullWriter());
		} catch (TemplateException e) {
			throw new GenerationException(describe(e, session), e);
		} catch (IOException e) {
			throw new GenerationException("template set " + templateSet.name() + ": " + e.getMessage(), e);
		}
		return session.files();
	}

	/** @return the name of the template set this renderer renders, which keys its render cache */
	String templateSetName() {
		return templateSet.name();
	}

	/**
	 * @return a fingerprint of everything besides the model that shapes the output: the template
	 *         set's name, version and every template file (bundled and overriding), and the variables
	 */
	String fingerprint(Map<String, Object> extra) {
		StringBuilder text = new StringBuilder(templateSet.name()).append('|').append(templateSet.version());
		for (Path folder : overrides == null ? List.of(templateSet.folder()) : List.of(templateSet.folder(), overrides)) {
			if (!Files.isDirectory(folder)) {
				// a solution without overrides: nothing to fingerprint, and the same nothing every run
				text.append("|no folder ").append(folder.getFileName());
				continue;
			}
			try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					text.append('|').append(folder.relativize(file)).append('=')
							.append(Hashes.sha256(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8)));
				}
			} catch (IOException e) {
				text.append("|unreadable ").append(System.nanoTime());
			}
		}
		new java.util.TreeMap<>(extra).forEach((key, value) -> text.append('|').append(key).append('=').append(value));
		return Hashes.sha256(text.toString());
	}

	private boolean isOverridden(String template) {
		return overrides != null && Files.isRegularFile(overrides.resolve(template));
	}

	private String describe(TemplateException failure, RenderSession session) {
		String template = failure.getTemplateSourceName();
		GenerationException engineFailure = engineFailureIn(failure);
		if (engineFailure != null) {
			// the engine's own message is complete; the template position tells where it was asked for
			return engineFailure.getMessage() + " (at template " + template
					+ (failure.getLineNumber() == null ? "" : ":" + failure.getLineNumber())
					+ (template != null && isOverridden(template) ? ", the solution's override" : "") + ")";
		}
		StringBuilder message = new StringBuilder("template ");
		message.append(template == null ? templateSet.entry() : template);
		if (failure.getLineNumber() != null) {
			message.append(':').append(failure.getLineNumber());
		}
		if (template != null && isOverridden(template)) {
			message.append(" (the solution's override)");
		}
		message.append(": ").append(firstLine(failure));
		RenderSession.OpenFile failedIn = session.failedIn();
		if (failedIn != null) {
			message.append(" (while generating ").append(failedIn.path());
			if (failedIn.element() != null) {
				message.append(" for ").append(failedIn.element());
			}
			message.append(')');
		}
		return message.toString();
	}

	private static GenerationException engineFailureIn(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof GenerationException generation) {
				return generation;
			}
		}
		return null;
	}

	/** FreeMarker's messages carry tips and an FTL stack; a problem marker wants the first sentence. */
	private static String firstLine(TemplateException failure) {
		String text = failure.getMessageWithoutStackTop();
		String blamed = failure.getBlamedExpressionString();
		String first = text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("----"))
				.findFirst().orElse(text.strip());
		if (blamed != null && !first.contains(blamed)) {
			first += " ==> " + blamed;
		}
		return first;
	}
}
