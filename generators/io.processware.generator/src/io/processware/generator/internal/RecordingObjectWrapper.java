package io.processware.generator.internal;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker's default object wrapper, noting for the file being rendered every model object whose
 * property or method a template reads: that is what the file depends on.
 */
final class RecordingObjectWrapper extends DefaultObjectWrapper {

	private final RenderSession session;

	RecordingObjectWrapper(RenderSession session) {
		super(Configuration.VERSION_2_3_33);
		this.session = session;
	}

	@Override
	protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
		if (object instanceof Enum<?>) {
			// constants: reading them never makes a file stale
			return super.handleUnknownType(object);
		}
		return new RecordingModel(object, this, session);
	}

	/** A bean whose reads are reported to the session. */
	private static final class RecordingModel extends StringModel {
		private final RenderSession session;

		RecordingModel(Object object, BeansWrapper wrapper, RenderSession session) {
			super(object, wrapper);
			this.session = session;
		}

		@Override
		public TemplateModel get(String key) throws TemplateModelException {
			session.read(object, key);
			return super.get(key);
		}
	}
}
