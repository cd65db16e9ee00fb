package io.processware.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What {@code processware verify} checked, as test cases: written as a JUnit XML report, the format
 * CI systems (GitHub Actions, GitLab, Jenkins) display.
 */
public final class VerificationReport {

	/**
	 * One check.
	 *
	 * @param group   what kind of check (model, drift, qa, gate, approval), the JUnit class name
	 * @param name    the check
	 * @param failure why it failed; null when it passed
	 * @param skipped why it was not run; null when it ran
	 */
	public record Check(String group, String name, String failure, String skipped) {

		public boolean failed() {
			return failure != null;
		}
	}

	private final String suite;
	private final List<Check> checks = new ArrayList<>();

	public VerificationReport(String suite) {
		this.suite = suite;
	}

	public void pass(String group, String name) {
		checks.add(new Check(group, name, null, null));
	}

	public void fail(String group, String name, String why) {
		checks.add(new Check(group, name, why, null));
	}

	public void skip(String group, String name, String why) {
		checks.add(new Check(group, name, null, why));
	}

	public List<Check> checks() {
		return List.copyOf(checks);
	}

	public boolean passed() {
		return checks.stream().noneMatch(Check::failed);
	}

	/** Writes the JUnit XML report (one test suite, one test case per check). */
	public void writeJUnit(Path file) {
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
				xml.writeStartDocument("UTF-8", "1.0");
				xml.writeCharacters("\n");
				xml.writeStartElement("testsuite");
				xml.writeAttribute("name", suite);
				xml.writeAttribute("tests", Integer.toString(checks.size()));
				xml.writeAttribute("failures", Long.toString(checks.stream().filter(Check::failed).count()));
				xml.writeAttribute("errors", "0");
				xml.writeAttribute("skipped", Long.toString(checks.stream().filter(check -> check.skipped() != null).count()));
				for (Check check : checks) {
					xml.writeCharacters("\n  ");
					xml.writeStartElement("testcase");
					xml.writeAttribute("classname", "processware." + check.group());
					xml.writeAttribute("name", check.name());
					if (check.failed()) {
						xml.writeStartElement("failure");
						xml.writeAttribute("message", firstLine(check.failure()));
						xml.writeCharacters(check.failure());
						xml.writeEndElement();
					} else if (check.skipped() != null) {
						xml.writeEmptyElement("skipped");
						xml.writeAttribute("message", check.skipped());
					}
					xml.writeEndElement();
				}
				xml.writeCharacters("\n");
				xml.writeEndElement();
				xml.writeEndDocument();
				xml.close();
			}
		} catch (IOException | XMLStreamException e) {
			throw new PipelineException(file + ": cannot write the JUnit report: " + e.getMessage(), e);
		}
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}
}
