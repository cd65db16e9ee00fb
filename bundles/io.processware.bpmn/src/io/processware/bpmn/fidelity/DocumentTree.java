package io.processware.bpmn.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import io.processware.bpmn.internal.BpmnNamespaces;

/**
 * Compares two BPMN files element by element, attribute by attribute, in the XML itself — which
 * catches what {@link ModelFacts} does not look at: foreign extension elements and attributes,
 * colours, i18n texts, simulation data. Namespace prefixes, attribute order, whitespace between
 * elements and comments do not count; diagram coordinates may move within a tolerance.
 */
public final class DocumentTree {
	private static final Set<String> COORDINATES = Set.of("x", "y", "width", "height");
	private static final int MAX_DIFFERENCES = 50;

	private DocumentTree() {
	}

	/** @return the model's XML tree, live */
	static Document of(BpmnModelInstance model) {
		return (Document) model.getDocument().getDomSource().getNode();
	}

	/** @return one line per difference (at most 50), empty when the trees are equal */
	public static List<String> differences(BpmnModelInstance before, BpmnModelInstance after, double tolerance) {
		List<String> differences = new ArrayList<>();
		compare(of(before).getDocumentElement(), of(after).getDocumentElement(), "definitions", tolerance,
				differences);
		return differences;
	}

	/** @return how many extension elements (outermost ones) and extension attributes the model holds */
	public static int extensionCount(BpmnModelInstance model) {
		return countExtensions(of(model).getDocumentElement());
	}

	private static int countExtensions(Element element) {
		if (!BpmnNamespaces.isStandard(element.getNamespaceURI())) {
			return 1;
		}
		int count = 0;
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			if (BpmnNamespaces.isExtensionAttribute(attributes.item(i).getNamespaceURI())) {
				count++;
			}
		}
		for (Element child : children(element)) {
			count += countExtensions(child);
		}
		return count;
	}

	private static void compare(Element before, Element after, String where, double tolerance,
			List<String> differences) {
		if (differences.size() >= MAX_DIFFERENCES) {
			return;
		}
		if (!same(before.getNamespaceURI(), after.getNamespaceURI())
				|| !same(before.getLocalName(), after.getLocalName())) {
			differences.add(where + ": element " + name(before) + " became " + name(after));
			return;
		}
		compareAttributes(before, after, where, tolerance, differences);
		List<Element> beforeChildren = children(before);
		List<Element> afterChildren = children(after);
		String beforeText = ownText(before);
		String afterText = ownText(after);
		if (!beforeText.equals(afterText)) {
			differences.add(where + ": text '" + beforeText + "' became '" + afterText + "'");
		}
		if (beforeChildren.size() != afterChildren.size()) {
			differences.add(where + ": " + beforeChildren.size() + " child elements became " + afterChildren.size());
		}
		for (int i = 0; i < Math.min(beforeChildren.size(), afterChildren.size()); i++) {
			Element child = beforeChildren.get(i);
			String id = child.getAttribute("id");
			String childWhere = id.isEmpty() ? where + "/" + child.getLocalName() + "[" + (i + 1) + "]"
					: child.getLocalName() + " '" + id + "'";
			compare(child, afterChildren.get(i), childWhere, tolerance, differences);
		}
	}

	private static void compareAttributes(Element before, Element after, String where, double tolerance,
			List<String> differences) {
		Map<String, String> beforeAttributes = attributes(before);
		Map<String, String> afterAttributes = attributes(after);
		boolean geometric = BpmnNamespaces.DC.equals(before.getNamespaceURI())
				|| BpmnNamespaces.DI.equals(before.getNamespaceURI());
		beforeAttributes.forEach((name, value) -> {
			String afterValue = afterAttributes.get(name);
			if (afterValue == null) {
				differences.add(where + ": attribute " + name + " lost");
			} else if (!value.equals(afterValue)
					&& !(geometric && COORDINATES.contains(name) && near(value, afterValue, tolerance))) {
				differences.add(where + ": attribute " + name + " '" + value + "' became '" + afterValue + "'");
			}
		});
		afterAttributes.keySet().stream().filter(name -> !beforeAttributes.containsKey(name))
				.forEach(name -> differences.add(where + ": attribute " + name + " added"));
	}

	private static boolean near(String a, String b, double tolerance) {
		try {
			return Math.abs(Double.parseDouble(a) - Double.parseDouble(b)) <= tolerance;
		} catch (NumberFormatException notANumber) {
			return false;
		}
	}

	/** Attributes by {namespace}name; namespace declarations are syntax, not content. */
	private static Map<String, String> attributes(Element element) {
		Map<String, String> attributes = new TreeMap<>();
		NamedNodeMap map = element.getAttributes();
		for (int i = 0; i < map.getLength(); i++) {
			Attr attribute = (Attr) map.item(i);
			if (!BpmnNamespaces.XMLNS.equals(attribute.getNamespaceURI())) {
				String namespace = attribute.getNamespaceURI();
				String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
				attributes.put(namespace == null ? name : "{" + namespace + "}" + name, attribute.getValue());
			}
		}
		return attributes;
	}

	private static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				children.add(childElement);
			}
		}
		return children;
	}

	/** The element's own text (documentation, expressions, references), without its children's. */
	private static String ownText(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
		return text.toString().trim();
	}

	private static String name(Element element) {
		return "{" + element.getNamespaceURI() + "}" + element.getLocalName();
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}
}
