package io.processware.generator.documentation;

import java.nio.file.Path;
import java.util.Collection;

import io.processware.generator.QaReport;
import io.processware.generator.infrastructure.SolutionTemplateTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;

/**
 * The solution's documentation under {@code docs/}: architecture with Mermaid diagrams, the
 * decisions the generator took, a runbook per environment, the API reference and the
 * implementation matrix; checked by {@link DocumentationQa}.
 */
public final class DocumentationTarget extends SolutionTemplateTarget {

	/** The target with the bundled templates (created by the extension registry). */
	public DocumentationTarget() {
		super(DocumentationTarget.class, ArtefactKind.DOCUMENTATION);
	}

	@Override
	protected Object model(SolutionInput input) {
		return DocumentationModel.of(input.solution());
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		return DocumentationQa.report(output, files);
	}
}
