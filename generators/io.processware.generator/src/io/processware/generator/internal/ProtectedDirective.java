package io.processware.generator.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.regex.Pattern;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import io.processware.generator.CommentSyntax;

/**
 * {@code <@protected id="...">default</@protected>}: a region whose content the user may change;
 * the body is the generated default. Written as Acceleo's markers in the file type's comment
 * syntax, both at the directive's indentation, each on a line of its own.
 */
final class ProtectedDirective implements TemplateDirectiveModel {

	/** ids become one token on the marker line: no white space, nothing a comment could end on */
	private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_.:\\-/]+");

	private final RenderSession session;

	ProtectedDirective(RenderSession session) {
		this.session = session;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
			throws TemplateException, IOException {
		RenderSession.OpenFile file = session.current();
		if (file == null) {
			throw new TemplateModelException("<@protected> is only allowed inside <@file>");
		}
		Object idModel = params.get("id");
		if (!(idModel instanceof TemplateScalarModel scalar) || params.size() != 1) {
			throw new TemplateModelException("<@protected> needs exactly one parameter: id=\"...\"");
		}
		String id = scalar.getAsString();
		if (!VALID_ID.matcher(id).matches()) {
			throw new TemplateModelException("protected region id '" + id
					+ "' may only hold letters, digits and _ . : - /");
		}
		CommentSyntax syntax = CommentSyntax.forPath(file.path());
		if (syntax == null) {
			throw new TemplateModelException("protected region '" + id + "': " + file.path()
					+ " is of a type without comments, so it cannot hold protected regions");
		}
		// FreeMarker strips lines that hold only a directive, indentation included: the markers'
		// indentation is the column the template put the directive at
		String indentation = " ".repeat(Math.max(0, env.getCurrentDirectiveCallPlace().getBeginColumn() - 1));
		StringWriter defaultContent = new StringWriter();
		if (body != null) {
			body.render(defaultContent);
		}
		String content = defaultContent.toString();
		if (!content.isEmpty() && !content.endsWith("\n")) {
			content += "\n";
		}
		String partialLine = currentLine(file.buffer());
		Writer out = env.getOut();
		if (!partialLine.isBlank()) {
			out.write("\n");
			partialLine = "";
		}
		out.write(indentation.substring(Math.min(partialLine.length(), indentation.length())));
		out.write(syntax.startMarker(id));
		out.write("\n");
		out.write(content);
		out.write(indentation);
		out.write(syntax.endMarker());
		out.write("\n");
	}

	/** What the file's current line holds so far. */
	private static String currentLine(StringBuilder buffer) {
		return buffer.substring(buffer.lastIndexOf("\n") + 1);
	}
}
