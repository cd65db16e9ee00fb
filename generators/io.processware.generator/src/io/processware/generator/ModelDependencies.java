package io.processware.generator;

/**
 * How the engine recognises the model objects (other than {@link ModelView} records, which it
 * handles itself) that a template reads, so that a regeneration renders only the files whose
 * inputs changed. Objects without a key are not tracked: a file that reads one is always rendered.
 */
public interface ModelDependencies {

	/** @return a key stable across runs (the element's id), or null when the object is not tracked */
	String key(Object object);

	/**
	 * @return the object's own state as text: its attribute values and the keys of the objects it
	 *         refers to, not their state (they are dependencies of their own when read)
	 */
	String fingerprint(Object object);

	/**
	 * @return the objects inside this one that templates may reach from it, so that the engine can
	 *         find them by key in the next run (records' components are walked without help)
	 */
	default java.util.Collection<?> children(Object object) {
		return java.util.List.of();
	}
}
