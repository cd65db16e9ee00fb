package io.processware.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Bad input is refused as a whole, with one line naming file, line and element. */
class ImportErrorsTest {

	private static BpmnImportException refused(Path file) {
		BpmnImportException error = assertThrows(BpmnImportException.class, () -> BpmnImporter.read(file));
		assertFalse(error.getMessage().contains("\n"), () -> "not one line: " + error.getMessage());
		assertEquals(file.toString(), error.source());
		return error;
	}

	@Test
	void malformedXmlNamesTheLineAndTheOpenElement() {
		Path file = TestFiles.fixture("malformed.bpmn");
		BpmnImportException error = refused(file);
		assertEquals(5, error.line());
		assertEquals("Start_received", error.elementId());
		assertTrue(error.getMessage().startsWith(file + ":5: element 'Start_received': malformed XML: "),
				error::getMessage);
		assertTrue(error.getMessage().contains("must be terminated by the matching end-tag"), error::getMessage);
	}

	@Test
	void unknownRootElementIsRefused() {
		Path file = TestFiles.fixture("unknown-root.bpmn");
		assertEquals(file + ":2: unknown root element 'processes' (namespace 'https://example.com/not-bpmn'): "
				+ "a BPMN 2.0 file starts with 'definitions' of http://www.omg.org/spec/BPMN/20100524/MODEL",
				refused(file).getMessage());
	}

	@Test
	void duplicateIdNamesBothLines() {
		Path file = TestFiles.fixture("duplicate-id.bpmn");
		assertEquals(file + ":5: element 'Invoice_received': duplicate id (first declared at line 4)",
				refused(file).getMessage());
	}

	@Test
	void brokenFlowReferenceNamesTheFlowAndTheMissingId() {
		Path file = TestFiles.fixture("broken-reference.bpmn");
		assertEquals(file + ":5: element 'Flow_to_check': targetRef refers to 'Check_invoice', which does not exist",
				refused(file).getMessage());
	}

	@Test
	void brokenDiagramReferenceNamesTheShape() {
		Path file = TestFiles.fixture("broken-diagram-reference.bpmn");
		assertEquals(file + ":11: element 'Shape_ghost': bpmnElement refers to 'Approve_invoice', which does not exist",
				refused(file).getMessage());
	}

	@Test
	void schemaViolationNamesTheLineAndElement() {
		Path file = TestFiles.fixture("not-schema-valid.bpmn");
		BpmnImportException error = refused(file);
		assertTrue(error.getMessage().startsWith(file + ":5: element 'Nested_start': not valid BPMN 2.0: "),
				error::getMessage);
	}

	@Test
	void missingFileIsAnImportError() {
		Path file = Path.of("no-such-folder", "invoice.bpmn");
		BpmnImportException error = refused(file);
		assertTrue(error.getMessage().startsWith(file + ": cannot read the file: "), error::getMessage);
	}

	@Test
	void emptyContentIsMalformed() {
		BpmnImportException error = assertThrows(BpmnImportException.class,
				() -> BpmnImporter.read(new byte[0], "empty.bpmn"));
		assertTrue(error.getMessage().startsWith("empty.bpmn:1: malformed XML: "), error::getMessage);
	}
}
