package io.processware.bpmn.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import io.processware.bpmn.BpmnImportException;

/**
 * A fast first pass over a BPMN file that finds what the BPMN model API reports badly or not at
 * all: malformed XML, a root that is not BPMN 2.0 {@code definitions}, duplicate ids and references
 * to ids that do not exist — each with its line and element id. It also remembers which element
 * starts on which line, so that later schema errors (which only carry a line) can name the element.
 */
public final class SourceScan {
	private static final String DEFINITIONS = "definitions";

	/** Where a reference was found: the id it names, the element holding it and its line. */
	private record Reference(String target, String owner, String slot, int line) {
	}

	private final String source;
	private final Map<String, Integer> idLines = new HashMap<>();
	private final List<Reference> references = new ArrayList<>();
	private final NavigableMap<Integer, String> elementAtLine = new TreeMap<>();

	private SourceScan(String source) {
		this.source = source;
	}

	/**
	 * Scans a BPMN file.
	 *
	 * @return the scan, whose line index serves to locate later problems
	 * @throws BpmnImportException for the first problem found
	 */
	public static SourceScan scan(byte[] content, String source) throws BpmnImportException {
		SourceScan scan = new SourceScan(source);
		Handler handler = scan.new Handler();
		try {
			newParser().parse(new ByteArrayInputStream(content), handler);
		} catch (SAXParseException malformed) {
			throw new BpmnImportException(source, malformed.getLineNumber(), handler.innermostId(),
					"malformed XML: " + malformed.getMessage());
		} catch (StopScan stop) {
			throw stop.problem;
		} catch (SAXException | IOException | ParserConfigurationException unreadable) {
			throw new BpmnImportException(source, 0, null, "cannot read XML: " + unreadable.getMessage());
		}
		scan.checkReferences();
		return scan;
	}

	/** @return the id of the element (or its nearest ancestor with an id) that starts on or before a line */
	public String elementNear(int line) {
		Map.Entry<Integer, String> entry = elementAtLine.floorEntry(Integer.valueOf(line));
		return entry == null ? null : entry.getValue();
	}

	/** @return the line where an id is declared, 0 if it is not declared */
	public int lineOf(String id) {
		return idLines.getOrDefault(id, Integer.valueOf(0)).intValue();
	}

	private static SAXParser newParser() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		// BPMN files need no DTD; refusing one shuts out entity expansion attacks from foreign files
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newSAXParser();
	}

	private void checkReferences() throws BpmnImportException {
		for (Reference reference : references) {
			if (!idLines.containsKey(reference.target())) {
				throw new BpmnImportException(source, reference.line(), reference.owner(),
						reference.slot() + " refers to '" + reference.target() + "', which does not exist");
			}
		}
	}

	/** Carries an import problem out of the SAX callbacks, which may only throw SAXException. */
	private static final class StopScan extends SAXException {
		private static final long serialVersionUID = 1L;
		private final transient BpmnImportException problem;

		StopScan(BpmnImportException problem) {
			super(problem.getMessage());
			this.problem = problem;
		}
	}

	private final class Handler extends DefaultHandler {
		private final Deque<String> openIds = new ArrayDeque<>();
		private final Map<String, String> prefixes = new HashMap<>();
		private Locator locator;
		private boolean root = true;
		private String targetNamespace;
		private StringBuilder referenceText;
		private String referenceSlot;

		@Override
		public void setDocumentLocator(Locator documentLocator) {
			this.locator = documentLocator;
		}

		@Override
		public void startPrefixMapping(String prefix, String uri) {
			prefixes.put(prefix, uri);
		}

		String innermostId() {
			return openIds.stream().filter(id -> !id.isEmpty()).findFirst().orElse(null);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			int line = locator.getLineNumber();
			if (root) {
				root = false;
				if (!BpmnNamespaces.MODEL.equals(uri) || !DEFINITIONS.equals(localName)) {
					throw new StopScan(new BpmnImportException(source, line, null, "unknown root element '"
							+ qName + "' (namespace '" + uri + "'): a BPMN 2.0 file starts with 'definitions' of "
							+ BpmnNamespaces.MODEL));
				}
				targetNamespace = attributes.getValue("targetNamespace");
			}
			boolean standard = BpmnNamespaces.isStandard(uri);
			String id = standard ? attributes.getValue("", "id") : null;
			if (id != null) {
				Integer first = idLines.putIfAbsent(id, Integer.valueOf(line));
				if (first != null) {
					throw new StopScan(new BpmnImportException(source, line, id,
							"duplicate id (first declared at line " + first + ")"));
				}
			}
			openIds.push(id == null ? "" : id);
			elementAtLine.putIfAbsent(Integer.valueOf(line), innermostId() == null ? "" : innermostId());
			if (standard) {
				collectAttributeReferences(uri, attributes, line);
				if (BpmnNamespaces.MODEL.equals(uri) && ReferenceSlots.MODEL_TEXT_ELEMENTS.contains(localName)) {
					referenceText = new StringBuilder();
					referenceSlot = localName;
				}
			}
		}

		private void collectAttributeReferences(String uri, Attributes attributes, int line) {
			boolean diagram = !BpmnNamespaces.MODEL.equals(uri);
			for (int i = 0; i < attributes.getLength(); i++) {
				String name = attributes.getLocalName(i);
				boolean slot = attributes.getURI(i).isEmpty() && (diagram
						? ReferenceSlots.DIAGRAM_ATTRIBUTES.contains(name)
						: ReferenceSlots.MODEL_ATTRIBUTES.contains(name));
				if (slot) {
					addReference(attributes.getValue(i), name, line);
				}
			}
		}

		private void addReference(String value, String slot, int line) {
			String trimmed = value.trim();
			if (trimmed.isEmpty()) {
				return;
			}
			int colon = trimmed.indexOf(':');
			if (colon > 0) {
				String namespace = prefixes.get(trimmed.substring(0, colon));
				// a prefix of another namespace points into an imported file, which is not ours to check
				if (namespace != null && !namespace.equals(targetNamespace)) {
					return;
				}
				trimmed = trimmed.substring(colon + 1);
			}
			references.add(new Reference(trimmed, innermostId(), slot, line));
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (referenceText != null) {
				referenceText.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (referenceText != null) {
				for (String target : referenceText.toString().trim().split("\\s+")) {
					addReference(target, referenceSlot, locator.getLineNumber());
				}
				referenceText = null;
			}
			openIds.pop();
		}
	}
}
