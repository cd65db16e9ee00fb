package io.processware.generator.targets;

import java.nio.file.Path;
import java.util.Collection;

import io.processware.generator.GenerationResult;
import io.processware.generator.QaReport;
import io.processware.generator.TemplateSet;
import io.processware.model.generation.ArtefactKind;

/**
 * One kind of generated artefact for a solution: a template set (the producer) and the QA validator
 * that checks what it produced with a real parser. Generators contribute their target to the
 * extension point {@code io.processware.generator.targets.targets}; all installed targets generate
 * into one output folder, each owning the files the trace records under its template set's name.
 */
public interface GenerationTarget {

	/** @return the template set; its name keys the files this target owns in the trace */
	TemplateSet templates();

	/** @return what this target produces, which decides the board or queue its output goes to */
	ArtefactKind artefactKind();

	/**
	 * Generates this target's files. The engine guarantees that a failing template leaves the
	 * folder as it was and that files of other targets are never touched.
	 */
	GenerationResult generate(SolutionInput input, Path output);

	/**
	 * Checks the files this target produced.
	 *
	 * @param output the output folder
	 * @param files  this target's files, relative to {@code output}, as the trace records them
	 */
	QaReport validate(Path output, Collection<String> files);

	/** @return the template set's name: what summaries and the trace call this target */
	default String name() {
		return templates().name();
	}
}
