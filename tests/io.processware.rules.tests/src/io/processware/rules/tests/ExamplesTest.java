package io.processware.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.processware.rules.workspace.RulesDiagnostic;
import io.processware.rules.workspace.RulesValidation;

/** The invoice-processing example's rules: clean, and each file survives parse → serialize → parse. */
class ExamplesTest {

	static Stream<Path> exampleFiles() {
		return RulesValidation.rulesFiles(RulesFixture.example()).stream();
	}

	@Test
	void exampleRulesValidateClean() {
		List<Path> files = RulesValidation.rulesFiles(RulesFixture.example());
		assertEquals(3, files.size(), files.toString());
		List<RulesDiagnostic> problems = RulesValidation.validate(RulesFixture.example());
		assertEquals(List.of(), problems.stream().map(problem -> problem.format(null)).toList());
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void serializingAnExampleGivesTheSameModel(Path file) throws IOException {
		XtextResourceSet set = RulesValidation.newResourceSet(RulesFixture.INJECTOR);
		XtextResource original = (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		EcoreUtil.resolveAll(original);
		assertTrue(original.getErrors().isEmpty(), original.getErrors().toString());
		EObject model = original.getContents().get(0);
		// formatted: the serializer lays everything out again with the formatter instead of copying the text
		String text = RulesFixture.INJECTOR.getInstance(ISerializer.class).serialize(model,
				SaveOptions.newBuilder().format().getOptions());
		assertFalse(text.isBlank());

		// the copy lives next to the original, so that its imports resolve to the same model elements
		XtextResource copy = (XtextResource) set.createResource(URI.createFileURI(
				file.resolveSibling("roundtrip-" + file.getFileName()).toAbsolutePath().toString()));
		copy.load(new StringInputStream(text), null);
		EcoreUtil.resolveAll(copy);
		assertTrue(copy.getErrors().isEmpty(), copy.getErrors() + "\n" + text);
		assertTrue(EcoreUtil.equals(model, copy.getContents().get(0)), "the serialized text means something else:\n" + text);
		assertTrue(Files.exists(file));
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void examplesAreInTheFormattersLayout(Path file) throws IOException {
		XtextResourceSet set = RulesValidation.newResourceSet(RulesFixture.INJECTOR);
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		String formatted = RulesFixture.INJECTOR.getInstance(ISerializer.class).serialize(resource.getContents().get(0),
				SaveOptions.newBuilder().format().getOptions());
		assertEquals(Files.readString(file).stripTrailing(), formatted.stripTrailing());
	}
}
