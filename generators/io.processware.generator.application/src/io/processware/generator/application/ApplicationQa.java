package io.processware.generator.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.xml.sax.SAXParseException;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.targets.qa.JavaSyntax;

/**
 * The application generator's QA validator: every generated Java file must parse (javac, stopped
 * after parsing, so that no classpath is needed) and every XML file must be well-formed. Building
 * the service and running its generated tests is the next, slower check (in the test suite and in
 * the pipeline's quality gate).
 */
public final class ApplicationQa {

	/** The validator's name in run summaries. */
	public static final String NAME = "application (javac parse, XML well-formedness)";

	private ApplicationQa() {
	}

	/** @return the problems of every Java and XML file in a generated tree, in file order; empty when it passes */
	public static List<QaFinding> check(Path output) {
		return report(output).findings();
	}

	/** @return what QA finds in every Java and XML file of a generated tree */
	public static QaReport report(Path output) {
		List<String> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(output)) {
			walk.filter(Files::isRegularFile).map(file -> output.relativize(file).toString().replace('\\', '/'))
					.filter(file -> !file.startsWith(".processware/") && !file.startsWith("target/")).forEach(files::add);
		} catch (IOException e) {
			return new QaReport(NAME, List.of(new QaFinding(output.toString(), 0, "cannot read: " + e.getMessage())), 0);
		}
		return report(output, files);
	}

	/**
	 * @param output the output folder
	 * @param files  the files to check, relative to {@code output} (the ones this generator produced)
	 * @return what QA finds in the Java and XML files among them
	 */
	public static QaReport report(Path output, Collection<String> files) {
		List<QaFinding> findings = new ArrayList<>();
		List<Path> javaFiles = new ArrayList<>();
		List<Path> xmlFiles = new ArrayList<>();
		files.stream().sorted().forEach(file -> {
			String name = file.toLowerCase(Locale.ROOT);
			if (name.endsWith(".java")) {
				javaFiles.add(output.resolve(file));
			} else if (name.endsWith(".xml")) {
				xmlFiles.add(output.resolve(file));
			}
		});
		findings.addAll(JavaSyntax.parse(output, javaFiles));
		for (Path xml : xmlFiles) {
			checkXml(output, xml).ifPresent(findings::add);
		}
		return new QaReport(NAME, findings, javaFiles.size() + xmlFiles.size());
	}

	private static java.util.Optional<QaFinding> checkXml(Path output, Path file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newDocumentBuilder().parse(file.toFile());
			return java.util.Optional.empty();
		} catch (SAXParseException e) {
			return java.util.Optional.of(new QaFinding(output.relativize(file).toString(), e.getLineNumber(), e.getMessage()));
		} catch (Exception e) {
			return java.util.Optional.of(new QaFinding(output.relativize(file).toString(), 0, e.getMessage()));
		}
	}
}
