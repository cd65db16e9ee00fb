package io.processware.generator.targets.qa;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import io.processware.generator.QaFinding;

/**
 * Generated Java checked by javac, stopped after parsing so that no classpath is needed: syntax is
 * the generator's business, resolving Spring's types the generated build's.
 */
public final class JavaSyntax {

	private JavaSyntax() {
	}

	/** @return javac's parse errors in the files, each naming the file relative to {@code output} and the line */
	public static List<QaFinding> parse(Path output, List<Path> files) {
		List<QaFinding> findings = new ArrayList<>();
		if (files.isEmpty()) {
			return findings;
		}
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		if (javac == null) {
			findings.add(new QaFinding(output.toString(), 0, "no Java compiler in this runtime: run Processware on a JDK"));
			return findings;
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			List<String> options = List.of("-proc:none", "-XDshould-stop.ifNoError=PARSE",
					"-XDshould-stop.ifError=PARSE", "-d", Files.createTempDirectory("processware-qa").toString());
			javac.getTask(new StringWriter(), fileManager, diagnostics, options, null,
					fileManager.getJavaFileObjectsFromPaths(files)).call();
		} catch (IOException e) {
			findings.add(new QaFinding(output.toString(), 0, "cannot parse the Java files: " + e.getMessage()));
		}
		for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
			if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
				String file = diagnostic.getSource() == null ? output.toString()
						: output.relativize(Path.of(diagnostic.getSource().toUri())).toString();
				findings.add(new QaFinding(file, diagnostic.getLineNumber(), diagnostic.getMessage(Locale.ROOT)));
			}
		}
		return findings;
	}
}
