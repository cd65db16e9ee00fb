package io.processware.generator.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;
import io.processware.generator.GeneratedFile;
import io.processware.generator.WriteMode;

/**
 * {@code <@file path="..." [mode="overwrite|create|append"] [for=element] [trace=[elements]]>body</@file>}:
 * the body becomes the content of one output file. {@code for} names the model element the file is
 * generated from (shown when the template fails); {@code for} and {@code trace} go to the trace.
 */
final class FileDirective implements TemplateDirectiveModel {

	private final RenderSession session;
	private final Function<Object, String> elementIds;
	private final Predicate<String> overridden;

	FileDirective(RenderSession session, Function<Object, String> elementIds, Predicate<String> overridden) {
		this.session = session;
		this.elementIds = elementIds;
		this.overridden = overridden;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
			throws TemplateException, IOException {
		String path = string(params, "path", env);
		if (path == null) {
			throw new TemplateModelException("<@file> needs a path=\"...\"");
		}
		String modeText = string(params, "mode", env);
		WriteMode mode = modeText == null ? WriteMode.OVERWRITE : WriteMode.parse(modeText);
		List<String> elements = new ArrayList<>();
		TemplateModel forElement = (TemplateModel) params.get("for");
		if (forElement != null) {
			elements.add(elementIds.apply(DeepUnwrap.unwrap(forElement)));
		}
		TemplateModel trace = (TemplateModel) params.get("trace");
		if (trace instanceof TemplateSequenceModel sequence) {
			for (int i = 0; i < sequence.size(); i++) {
				String id = elementIds.apply(DeepUnwrap.unwrap(sequence.get(i)));
				if (!elements.contains(id)) {
					elements.add(id);
				}
			}
		} else if (trace != null) {
			throw new TemplateModelException("<@file trace=...> must be a sequence of model elements");
		}
		for (Object key : params.keySet()) {
			if (!List.of("path", "mode", "for", "trace").contains(key)) {
				throw new TemplateModelException("<@file> has no parameter '" + key + "' (path, mode, for, trace)");
			}
		}
		String template = env.getCurrentTemplate().getSourceName();
		RenderCache.Entry unchangedInputs = session.reusable(path, mode);
		if (unchangedInputs != null) {
			session.reuse(new GeneratedFile(path, mode, null, template, overridden.test(template), List.copyOf(elements),
					true), unchangedInputs);
			return;
		}
		RenderSession.OpenFile file = session.open(path, elements.isEmpty() ? null : elements.get(0), mode);
		if (body != null) {
			try {
				body.render(new BufferWriter(file.buffer()));
			} catch (TemplateException | IOException | RuntimeException e) {
				session.failed();
				throw e;
			}
		}
		session.close(new GeneratedFile(path, mode, file.buffer().toString(), template, overridden.test(template),
				List.copyOf(elements), false));
	}

	@SuppressWarnings("rawtypes")
	private static String string(Map params, String name, Environment env) throws TemplateModelException {
		Object value = params.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof TemplateScalarModel scalar) {
			return scalar.getAsString();
		}
		throw new TemplateModelException("<@file " + name + "=...> must be a string");
	}

	/** Writes into the open file's buffer, so protected regions can see the current line's indentation. */
	private static final class BufferWriter extends Writer {
		private final StringBuilder buffer;

		BufferWriter(StringBuilder buffer) {
			this.buffer = buffer;
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			buffer.append(chars, offset, length);
		}

		@Override
		public void flush() {
			// the buffer is the destination
		}

		@Override
		public void close() {
			// the buffer is the destination
		}
	}
}
