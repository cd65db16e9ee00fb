package io.processware.generator.application;

import io.processware.generator.ModelView;

/**
 * A view record that presents no model element of its own (a path, a slot's field, an adapter's
 * operation): the engine tracks it by its content (see {@link ContentKey}), so a record whose
 * components all print their values needs nothing more than to implement this.
 */
interface ValueView extends ModelView {

	@Override
	default Object element() {
		return new ContentKey(toString());
	}
}
