package io.processware.generator.application;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;

import org.xml.sax.SAXParseException;

/**
 * The application generator's QA validator: every generated Java file must parse (javac, stopped
 * after parsing, so that no classpath is needed) and every XML file must be well-formed. Building
 * the service and running its generated tests is the next, slower check (in the test suite and in
 * the pipeline's quality gate).
 */
public final class ApplicationQa {

	/** One problem found in a generated file. */
	public record Finding(String file, long line, String message) {
		@Override
		public String toString() {
			return file + ":" + line + ": " + message;
		}
	}

	private ApplicationQa() {
	}

	/**
	 * What QA found in a generated tree.
	 *
	 * @param findings     the problems, in file order; empty when the tree passes
	 * @param filesChecked how many files were checked (Java and XML)
	 */
	public record Report(List<Finding> findings, int filesChecked) {
	}

	/** @return the problems of the generated tree, in file order; empty when it passes */
	public static List<Finding> check(Path output) {
		return report(output).findings();
	}

	/** @return the problems of the generated tree and how many files were checked */
	public static Report report(Path output) {
		List<Finding> findings = new ArrayList<>();
		List<Path> javaFiles = new ArrayList<>();
		List<Path> xmlFiles = new ArrayList<>();
		try (Stream<Path> files = Files.walk(output)) {
			files.filter(Files::isRegularFile).filter(file -> !output.relativize(file).startsWith(".processware"))
					.filter(file -> !output.relativize(file).startsWith("target")).sorted().forEach(file -> {
						String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
						if (name.endsWith(".java")) {
							javaFiles.add(file);
						} else if (name.endsWith(".xml")) {
							xmlFiles.add(file);
						}
					});
		} catch (IOException e) {
			findings.add(new Finding(output.toString(), 0, "cannot read: " + e.getMessage()));
			return new Report(findings, 0);
		}
		findings.addAll(parseJava(output, javaFiles));
		for (Path xml : xmlFiles) {
			checkXml(output, xml).ifPresent(findings::add);
		}
		return new Report(findings, javaFiles.size() + xmlFiles.size());
	}

	private static List<Finding> parseJava(Path output, List<Path> files) {
		List<Finding> findings = new ArrayList<>();
		if (files.isEmpty()) {
			return findings;
		}
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		if (javac == null) {
			findings.add(new Finding(output.toString(), 0, "no Java compiler in this runtime: run Processware on a JDK"));
			return findings;
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			// stop after parsing: syntax is the generator's business, resolving Spring's types the build's
			List<String> options = List.of("-proc:none", "-XDshould-stop.ifNoError=PARSE",
					"-XDshould-stop.ifError=PARSE", "-d", Files.createTempDirectory("processware-qa").toString());
			javac.getTask(new StringWriter(), fileManager, diagnostics, options, null,
					fileManager.getJavaFileObjectsFromPaths(files)).call();
		} catch (IOException e) {
			findings.add(new Finding(output.toString(), 0, "cannot parse the Java files: " + e.getMessage()));
		}
		for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
			if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
				String file = diagnostic.getSource() == null ? output.toString()
						: output.relativize(Path.of(diagnostic.getSource().toUri())).toString();
				findings.add(new Finding(file, diagnostic.getLineNumber(), diagnostic.getMessage(Locale.ROOT)));
			}
		}
		return findings;
	}

	private static java.util.Optional<Finding> checkXml(Path output, Path file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newDocumentBuilder().parse(file.toFile());
			return java.util.Optional.empty();
		} catch (SAXParseException e) {
			return java.util.Optional.of(new Finding(output.relativize(file).toString(), e.getLineNumber(), e.getMessage()));
		} catch (Exception e) {
			return java.util.Optional.of(new Finding(output.relativize(file).toString(), 0, e.getMessage()));
		}
	}
}
