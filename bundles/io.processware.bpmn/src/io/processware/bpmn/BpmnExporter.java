package io.processware.bpmn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;

import io.processware.bpmn.internal.XmlWriter;

/**
 * Writes a {@link BpmnDocument} back as BPMN 2.0 XML, in the file's own formatting (see
 * {@link XmlWriter}). The document is validated against the BPMN 2.0 schema first, so an invalid
 * document is refused instead of written; a file is replaced
 * only once the new content is complete, so a failed export never leaves half a file behind.
 */
public final class BpmnExporter {

	private BpmnExporter() {
	}

	/** @return the document as BPMN 2.0 XML (UTF-8) */
	public static byte[] toBytes(BpmnDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(document, out);
		return out.toByteArray();
	}

	/** Writes the document as BPMN 2.0 XML (UTF-8) to a stream, which stays open. */
	public static void write(BpmnDocument document, OutputStream out) throws IOException {
		try {
			Bpmn.validateModel(document.model());
		} catch (ModelException invalid) {
			throw new IOException(document.source() + ": cannot export, the model is not valid BPMN 2.0: "
					+ rootMessage(invalid), invalid);
		}
		XmlWriter.write((Document) document.model().getDocument().getDomSource().getNode(), out);
	}

	/** Writes the document to a file, replacing it only when the whole content is ready. */
	public static void write(BpmnDocument document, Path file) throws IOException {
		byte[] content = toBytes(document);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			Files.write(temporary, content);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}
}
