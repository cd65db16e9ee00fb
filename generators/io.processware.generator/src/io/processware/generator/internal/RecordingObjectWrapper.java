package io.processware.generator.internal;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException;
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
		// records' computing methods are called as methods (entity.hasMoney()), their components read as values
		setRecordZeroArgumentNonVoidMethodPolicy(
				ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
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
	private static final class RecordingModel extends GenericObjectModel {
		private final RenderSession session;

		RecordingModel(Object object, BeansWrapper wrapper, RenderSession session) {
			super(object, wrapper);
			this.session = session;
		}

		/** Property reads ({@code entity.name}) and method look-ups ({@code entity.hasMoney()}) both arrive here. */
		@Override
		protected TemplateModel get(String key, boolean beforeMethodCall)
				throws TemplateModelException, ShouldNotBeGetAsMethodException {
			session.read(object, key);
			return super.get(key, beforeMethodCall);
		}
	}
}
