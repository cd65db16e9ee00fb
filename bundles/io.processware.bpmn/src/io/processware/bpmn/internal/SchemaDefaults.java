package io.processware.bpmn.internal;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Removes the attributes the schema-validating parser filled in from the BPMN 2.0 schema's
 * defaults ({@code isClosed="false"}, {@code processType="None"}, ...). They mean nothing the file
 * did not already mean, but written back they would show up in every git diff of the first save.
 * The model API applies the same defaults itself when asked, so nothing reads differently.
 */
public final class SchemaDefaults {

	private SchemaDefaults() {
	}

	/** Drops every attribute the file did not specify itself. */
	public static void removeFrom(Document document) {
		removeFrom(document.getDocumentElement());
	}

	private static void removeFrom(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		List<Attr> defaulted = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (!attribute.getSpecified()) {
				defaulted.add(attribute);
			}
		}
		defaulted.forEach(element::removeAttributeNode);
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				removeFrom(childElement);
			}
		}
	}
}
