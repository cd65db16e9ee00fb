package io.processware.model.persistence;

import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** One SAX parser pool for all solution files: creating parsers dominates loading small files. */
final class SharedParserPool {
	static final XMLParserPool INSTANCE = new XMLParserPoolImpl();

	private SharedParserPool() {
	}
}
