package io.processware.generator;

/**
 * Implemented by the records a generator hands to its templates (a view of the model: names
 * already turned into code names) to say which model element each one presents. The engine then
 * tracks which views a file's template read, and renders that file again only when one of them
 * changed (see {@link ModelDependencies}).
 */
public interface ModelView {

	/** @return the model element this view presents */
	Object element();
}
