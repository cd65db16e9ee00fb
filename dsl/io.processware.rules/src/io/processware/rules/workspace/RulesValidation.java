package io.processware.rules.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.processware.rules.RulesStandaloneSetup;

/**
 * Validates the rules files of a solution folder headlessly (the command line's validate, tests, the
 * benchmark): parsing, linking into the imported solution models and every check of the language.
 */
public final class RulesValidation {

	private static volatile Injector injector;

	private RulesValidation() {
	}

	/** @return the language's injector, created once per JVM */
	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (RulesValidation.class) {
				if (injector == null) {
					injector = RulesStandaloneSetup.doSetup();
				}
				result = injector;
			}
		}
		return result;
	}

	/**
	 * @return a resource set whose rules files are parsed by this injector's parser, whatever another
	 *         injector (a language server in the same JVM) registered globally since
	 */
	public static XtextResourceSet newResourceSet(Injector injector) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("rules",
				injector.getInstance(org.eclipse.xtext.resource.IResourceFactory.class));
		return set;
	}

	/** @return the .rules files of a folder, skipping generated output and hidden folders, in path order */
	public static List<Path> rulesFiles(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
					.filter(file -> file.getFileName().toString().endsWith(".rules"))
					.filter(file -> !excluded(folder.relativize(file)))
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean excluded(Path relative) {
		for (Path segment : relative) {
			String name = segment.toString();
			if (name.startsWith(".") || name.equals("generated") || name.equals("target")) {
				return true;
			}
		}
		return false;
	}

	/** @return the problems of every rules file of the folder, by file, line and column */
	public static List<RulesDiagnostic> validate(Path folder) {
		return validate(rulesFiles(folder));
	}

	/** Validates files together, so that imports among them resolve against the same resources. */
	public static List<RulesDiagnostic> validate(List<Path> files) {
		XtextResourceSet set = newResourceSet(injector());
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(set.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true));
		}
		List<RulesDiagnostic> diagnostics = new ArrayList<>();
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		for (int i = 0; i < files.size(); i++) {
			Resource resource = resources.get(i);
			if (!(resource instanceof XtextResource)) {
				continue;
			}
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				diagnostics.add(toDiagnostic(files.get(i), issue));
			}
		}
		diagnostics.sort(Comparator.comparing((RulesDiagnostic d) -> d.file().toString())
				.thenComparingInt(RulesDiagnostic::line).thenComparingInt(RulesDiagnostic::column));
		return diagnostics;
	}

	static RulesDiagnostic toDiagnostic(Path file, Issue issue) {
		RulesDiagnostic.Severity severity = switch (issue.getSeverity()) {
			case ERROR -> RulesDiagnostic.Severity.ERROR;
			case WARNING -> RulesDiagnostic.Severity.WARNING;
			default -> RulesDiagnostic.Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new RulesDiagnostic(file, line, column, severity, issue.getMessage());
	}
}
