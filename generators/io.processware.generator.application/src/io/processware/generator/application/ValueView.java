package io.processware.generator.application;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

import org.eclipse.emf.ecore.EObject;

import io.processware.generator.ModelView;

/**
 * A view record that presents no model element of its own (a path, a slot's field, a rule of a
 * rules file): the engine tracks it by its content (see {@link ContentKey}). A record a template
 * reads must be tracked, or every file that reads it is rendered on every run (ADR 5).
 *
 * <p>The content is described without identities: a view that presents an element by the element's
 * id, a model element by its id, so that the same content gives the same key in the next run.
 */
interface ValueView extends ModelView {

	@Override
	default Object element() {
		return new ContentKey(Content.of(this));
	}

	/** The description of a record's content. */
	final class Content {
		private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
			@Override
			protected RecordComponent[] computeValue(Class<?> type) {
				RecordComponent[] components = type.getRecordComponents();
				for (RecordComponent component : components) {
					component.getAccessor().setAccessible(true);
				}
				return components;
			}
		};

		private Content() {
		}

		static String of(Object value) {
			StringBuilder text = new StringBuilder();
			append(value, text);
			return text.toString();
		}

		private static void append(Object value, StringBuilder text) {
			if (value instanceof ModelView view && !(view instanceof ValueView)) {
				text.append(view.getClass().getSimpleName()).append('@').append(ModelIds.of(view.element()));
			} else if (value instanceof Record record) {
				text.append(record.getClass().getSimpleName()).append('[');
				for (RecordComponent component : COMPONENTS.get(record.getClass())) {
					append(read(record, component), text);
					text.append(',');
				}
				text.append(']');
			} else if (value instanceof Collection<?> values) {
				text.append('[');
				values.forEach(member -> {
					append(member, text);
					text.append(',');
				});
				text.append(']');
			} else if (value instanceof EObject element) {
				text.append('@').append(ModelIds.of(element));
			} else {
				text.append(value);
			}
		}

		private static Object read(Record record, RecordComponent component) {
			try {
				return component.getAccessor().invoke(record);
			} catch (IllegalAccessException | InvocationTargetException e) {
				throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
			}
		}
	}
}
