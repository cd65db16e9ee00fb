package io.processware.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A solution model file ({@code .pws}): XMI whose references use the elements' own ids (see
 * {@link ElementIds}), saved so that the same model always gives the same bytes, whatever the
 * machine: UTF-8, '\n' line ends, one element per line in the model's own order, no schema
 * location, no type information beyond what XMI needs.
 */
public final class SolutionResource extends XMIResourceImpl {

	public SolutionResource(URI uri) {
		super(uri);
		// an id index makes id references resolve in constant time on load (36k elements in the
		// benchmark) and is kept up to date by EMF as elements are added and removed
		setIntrinsicIDToEObjectMap(new HashMap<>());
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_PARSER_POOL, SharedParserPool.INSTANCE);
		// unknown elements and attributes are errors, not silently recorded extensions
		load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
	}

	@Override
	protected boolean useUUIDs() {
		// ids are the elements' own id attributes, readable and derived from names, not UUIDs
		return false;
	}

	/** Gives every element without an id a stable one before writing, so references never fall back to positions. */
	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		ElementIds.assignMissing(this);
		super.doSave(outputStream, options);
	}
}
