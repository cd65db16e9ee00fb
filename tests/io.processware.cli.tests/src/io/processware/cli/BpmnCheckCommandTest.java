package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code processware bpmn-check}: the fidelity table, its exit codes and its errors. */
class BpmnCheckCommandTest {
	private static final String PROCESS_WITHOUT_DIAGRAM = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
			  <bpmn:process id="Invoice_approval">
			    <bpmn:startEvent id="Received" />
			    <bpmn:task id="Check" name="Check invoice" />
			    <bpmn:sequenceFlow id="Flow_1" sourceRef="Received" targetRef="Check" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	@TempDir
	Path temp;

	private static Path miwgFolder() {
		Path folder = Path.of(System.getProperty("processware.miwg", "missing-processware.miwg-property"));
		assertTrue(Files.isDirectory(folder), () -> "MIWG reference files not found at " + folder);
		return folder;
	}

	@Test
	void everyMiwgReferenceFileKeepsFidelity() {
		CommandRun run = CommandRun.inProcess("bpmn-check", miwgFolder().toString());
		assertEquals(0, run.exitCode(), run::toString);
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).startsWith("file"), run::toString);
		assertTrue(lines.get(0).contains("extensions kept"), run::toString);
		assertEquals(21, lines.stream().filter(line -> line.contains(".bpmn") && line.endsWith("  ok")).count(),
				run::toString);
		assertEquals("21 files: 21 kept fidelity, 0 lost fidelity, 0 failed to import", lines.get(lines.size() - 1));
		assertEquals("", run.err());
	}

	@Test
	void aFileWithoutDiagramIsReportedAsLaidOut() throws IOException {
		Path file = Files.writeString(temp.resolve("approval.bpmn"), PROCESS_WITHOUT_DIAGRAM);
		CommandRun run = CommandRun.inProcess("bpmn-check", file.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("ok (no diagram: laid out)"), run::toString);
	}

	@Test
	void aBrokenFileFailsTheCheckWithItsOneLineError() throws IOException {
		Path good = Files.writeString(temp.resolve("a-good.bpmn"), PROCESS_WITHOUT_DIAGRAM);
		Path broken = Files.writeString(temp.resolve("b-broken.bpmn"),
				PROCESS_WITHOUT_DIAGRAM.replace("targetRef=\"Check\"", "targetRef=\"Pay\""));
		CommandRun run = CommandRun.inProcess("bpmn-check", temp.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains(good + "  "), run::toString);
		assertTrue(run.out().contains("  " + broken + ": " + broken
				+ ":6: element 'Flow_1': targetRef refers to 'Pay', which does not exist"), run::toString);
		assertTrue(run.out().contains("2 files: 1 kept fidelity, 0 lost fidelity, 1 failed to import"), run::toString);
	}

	@Test
	void aMissingInputIsOneLineAndExitTwo() {
		Path missing = temp.resolve("nowhere.bpmn");
		CommandRun run = CommandRun.inProcess("bpmn-check", missing.toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(List.of("processware bpmn-check: no such file or folder: " + missing), run.errLines());
	}

	@Test
	void aFolderWithoutBpmnFilesIsOneLineAndExitTwo() {
		CommandRun run = CommandRun.inProcess("bpmn-check", temp.toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(List.of("processware bpmn-check: no BPMN files (*.bpmn) in " + temp), run.errLines());
	}

	@Test
	void benchPrintsFiguresForEachSize() {
		CommandRun run = CommandRun.inProcess("bench", "bpmn", "--sizes", "50,101", "--runs", "1");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("import (ms)"), run::toString);
		assertTrue(run.out().lines().anyMatch(line -> line.trim().startsWith("51 ")), run::toString);
		assertTrue(run.out().lines().anyMatch(line -> line.trim().startsWith("101 ")), run::toString);
	}

	@Test
	void benchRefusesANonPositiveSize() {
		CommandRun run = CommandRun.inProcess("bench", "bpmn", "--sizes", "0");
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(List.of("processware bench bpmn: sizes must be positive numbers of elements, got 0"),
				run.errLines());
	}
}
