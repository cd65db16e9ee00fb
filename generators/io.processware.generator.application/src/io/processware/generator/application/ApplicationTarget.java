package io.processware.generator.application;

import java.nio.file.Path;
import java.util.Collection;

import io.processware.generator.GenerationResult;
import io.processware.generator.QaReport;
import io.processware.generator.TemplateSet;
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;

/** The application generator as a generation target: the service's code, checked by {@link ApplicationQa}. */
public final class ApplicationTarget implements GenerationTarget {

	private final ApplicationGenerator generator;

	/** The target with the bundled templates (created by the extension registry). */
	public ApplicationTarget() {
		this(new ApplicationGenerator());
	}

	public ApplicationTarget(ApplicationGenerator generator) {
		this.generator = generator;
	}

	@Override
	public TemplateSet templates() {
		return generator.templates();
	}

	@Override
	public ArtefactKind artefactKind() {
		return ArtefactKind.APPLICATION_CODE;
	}

	@Override
	public GenerationResult generate(SolutionInput input, Path output) {
		return generator.generate(input.solution(), input.folder(), input.modelHash(), output);
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return ApplicationQa.report(output, files);
	}
}
