package io.processware.rules.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.processware.rules.workspace.RulesValidation;
import io.processware.rules.ide.RulesIdeSetup;
import io.processware.rules.rules.RuleFile;

/**
 * Parses and validates rules text next to a copy of the invoice-processing solution model, as a
 * solution folder would hold it (solution.pws, rules/test.rules).
 */
final class RulesFixture {

	static final Injector INJECTOR = new RulesIdeSetup().createInjectorAndDoEMFRegistration();

	/** The header every snippet starts with: the model import and an invoice to reason about. */
	static final String HEADER = """
			import "../invoice-processing.pws"
			given invoice : finance.invoice
			""";

	private RulesFixture() {
	}

	static Path repository() {
		return Path.of(System.getProperty("processware.repository", "../.."));
	}

	static Path example() {
		return repository().resolve("examples/invoice-processing");
	}

	/** @return a fresh solution folder holding the example's model */
	static Path folder(Path temp) throws IOException {
		Files.createDirectories(temp.resolve("rules"));
		Files.copy(example().resolve("invoice-processing.pws"), temp.resolve("invoice-processing.pws"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return temp;
	}

	static XtextResource parse(Path temp, String text) throws IOException {
		Path folder = folder(temp);
		Path file = folder.resolve("rules/test.rules");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		XtextResourceSet set = RulesValidation.newResourceSet(INJECTOR);
		return (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	static List<Issue> validate(Path temp, String text) throws IOException {
		XtextResource resource = parse(temp, text);
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	static RuleFile model(Path temp, String text) throws IOException {
		return (RuleFile) parse(temp, text).getContents().get(0);
	}

	static String describe(List<Issue> issues) {
		StringBuilder text = new StringBuilder();
		issues.forEach(issue -> text.append(issue.getLineNumber()).append(':').append(issue.getColumn()).append(' ')
				.append(issue.getSeverity()).append(' ').append(issue.getMessage()).append('\n'));
		return text.toString();
	}
}
