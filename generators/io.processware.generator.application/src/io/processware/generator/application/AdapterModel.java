package io.processware.generator.application;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.model.solution.NamedElement;

/**
 * The adapter of one legacy system (or the message outbox for send tasks without one): a generated
 * interface with one method per operation that service tasks call, and a starting implementation
 * in {@code src/} that the user replaces (written once, never overwritten).
 *
 * @param source     the legacy system, or the solution for the outbox
 * @param className  the interface
 * @param field      the field name step handlers use
 * @param system     the system's name, for comments
 * @param endpoint   the system's endpoint, for comments (may be empty)
 * @param operations the operations, in order of first use
 */
public record AdapterModel(NamedElement source, String className, String field, String system, String endpoint,
		List<Operation> operations) implements ModelView {

	/**
	 * @param adapterClass the adapter's interface
	 * @param field        the step handler's field for it
	 * @param name         the operation as the system names it
	 * @param method       the Java method
	 */
	public record Operation(String adapterClass, String field, String name, String method) {
	}

	@Override
	public Object element() {
		return source;
	}
}
