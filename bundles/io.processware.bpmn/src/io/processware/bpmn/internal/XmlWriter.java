package io.processware.bpmn.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a BPMN XML tree keeping the file's own formatting: lines the analyst's tool wrote stay
 * byte for byte, so a git diff after an edit in Processware shows the edit and nothing else. Only
 * content added since import (generated diagrams, Processware's task facts) is indented, in the
 * file's own indentation unit. The JDK's indenting serializer cannot be used: it indents again
 * what is already indented, and every round trip would grow the file.
 */
public final class XmlWriter {
	private static final String DEFAULT_INDENT = "  ";

	private XmlWriter() {
	}

	/** Writes the document as UTF-8 XML (declaration, comments before the root, the root). */
	public static void write(Document document, OutputStream out) throws IOException {
		Element root = document.getDocumentElement();
		indentNewContent(root, "", indentUnit(root));
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
			transformer.setOutputProperty(OutputKeys.METHOD, "xml");
			transformer.setOutputProperty(OutputKeys.INDENT, "no");
			// the declaration is written by hand: the JDK glues the root to it or adds standalone="no"
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
			for (Node top = document.getFirstChild(); top != null; top = top.getNextSibling()) {
				transformer.transform(new DOMSource(top), new StreamResult(out));
				out.write('\n');
			}
		} catch (TransformerException failure) {
			throw new IOException("cannot write XML: " + failure.getMessage(), failure);
		}
	}

	/** The indentation the file uses per level, read from the root's first indented child. */
	private static String indentUnit(Element root) {
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE && isLineBreak(child)) {
				String indent = afterLastNewline(child.getNodeValue());
				if (!indent.isEmpty()) {
					return indent;
				}
			}
		}
		return DEFAULT_INDENT;
	}

	private static void indentNewContent(Element element, String indent, String unit) {
		List<Element> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				children.add(childElement);
			} else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()
					|| child.getNodeType() == Node.CDATA_SECTION_NODE) {
				return; // mixed content (HTML documentation, scripts): whitespace there is content
			}
		}
		if (children.isEmpty()) {
			return;
		}
		String childIndent = childIndent(children.get(0), indent + unit);
		Document document = element.getOwnerDocument();
		for (Element child : children) {
			Node before = child.getPreviousSibling();
			if (!isLineBreak(before)) {
				element.insertBefore(document.createTextNode("\n" + childIndent), child);
			} else if (afterLastNewline(before.getNodeValue()).length() < childIndent.length()) {
				// a child appended after the closing line's whitespace: give it its siblings' indent
				before.setNodeValue("\n" + childIndent);
			}
			indentNewContent(child, childIndent, unit);
		}
		if (!isLineBreak(element.getLastChild())) {
			element.appendChild(document.createTextNode("\n" + indent));
		}
	}

	private static String childIndent(Element firstChild, String fallback) {
		Node before = firstChild.getPreviousSibling();
		return isLineBreak(before) ? afterLastNewline(before.getNodeValue()) : fallback;
	}

	private static boolean isLineBreak(Node node) {
		return node != null && node.getNodeType() == Node.TEXT_NODE && node.getNodeValue().isBlank()
				&& node.getNodeValue().indexOf('\n') >= 0;
	}

	private static String afterLastNewline(String whitespace) {
		return whitespace.substring(whitespace.lastIndexOf('\n') + 1);
	}
}
