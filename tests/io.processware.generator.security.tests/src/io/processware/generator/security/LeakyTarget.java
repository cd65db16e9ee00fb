package io.processware.generator.security;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import io.processware.generator.GenerationResult;
import io.processware.generator.Generator;
import io.processware.generator.QaReport;
import io.processware.generator.TemplateSet;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;

/** Another target whose template writes a literal password: the secret scan must catch it whoever wrote it. */
final class LeakyTarget implements GenerationTarget {

	private final TemplateSet templates = TemplateSet.load(Path.of(System.getProperty("processware.repository"))
			.resolve("tests/io.processware.generator.security.tests/fixtures/leaky"));

	@Override
	public TemplateSet templates() {
		return templates;
	}

	@Override
	public ArtefactKind artefactKind() {
		return ArtefactKind.DOCUMENTATION;
	}

	@Override
	public GenerationResult generate(SolutionInput input, Path output) {
		return Generator.forTemplateSet(templates).identifyingElementsWith(io.processware.generator.application.ModelIds::of).generate(input.solution(), input.modelHash(), output);
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return new QaReport("leaky", List.of(), files.size());
	}
}
