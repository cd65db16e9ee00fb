package io.processware.bpmn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;

import io.processware.bpmn.internal.AutomaticLayout;
import io.processware.bpmn.internal.ParserProblem;
import io.processware.bpmn.internal.SchemaDefaults;
import io.processware.bpmn.internal.SourceScan;

/**
 * Reads BPMN 2.0 XML with its diagrams. Reading is all or nothing: the result is a complete
 * {@link BpmnDocument}, or a {@link BpmnImportException} naming the file, line and element at
 * fault. Processes that come without a diagram get one, laid out automatically.
 */
public final class BpmnImporter {

	private BpmnImporter() {
	}

	/** Reads a BPMN file; the file's name appears in every error. */
	public static BpmnDocument read(Path file) throws BpmnImportException {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException unreadable) {
			throw new BpmnImportException(file.toString(), 0, null, "cannot read the file: " + unreadable);
		}
		return read(content, file.toString());
	}

	/**
	 * Reads BPMN XML from memory.
	 *
	 * @param source the name errors report (a file name, a URL, "clipboard", ...)
	 */
	public static BpmnDocument read(byte[] content, String source) throws BpmnImportException {
		SourceScan scan = SourceScan.scan(content, source);
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
		} catch (ModelException invalid) {
			throw ParserProblem.describe(invalid, source, scan);
		}
		SchemaDefaults.removeFrom((Document) model.getDocument().getDomSource().getNode());
		List<String> laidOut;
		try {
			laidOut = AutomaticLayout.addMissingDiagrams(model);
		} catch (RuntimeException layoutFailure) {
			throw new BpmnImportException(source, 0, null, "automatic layout failed: " + layoutFailure);
		}
		return new BpmnDocument(source, model, laidOut);
	}
}
