package io.processware.generator.targets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.processware.generator.GenerationResult;
import io.processware.generator.Generator;
import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.TemplateSet;
import io.processware.model.generation.ArtefactKind;
import io.processware.model.solution.ModelElement;

/**
 * A target made of a fixture template set; its validator rejects any file containing the word
 * BROKEN, and remembers which files it was asked to check.
 */
final class FixtureTarget implements GenerationTarget {

	private final TemplateSet templates;
	private final ArtefactKind kind;
	final List<String> checked = new ArrayList<>();

	FixtureTarget(String fixture, ArtefactKind kind) {
		this.templates = TemplateSet.load(Path.of(System.getProperty("processware.fixtures"), fixture));
		this.kind = kind;
	}

	@Override
	public TemplateSet templates() {
		return templates;
	}

	@Override
	public ArtefactKind artefactKind() {
		return kind;
	}

	@Override
	public GenerationResult generate(SolutionInput input, Path output) {
		return Generator.forTemplateSet(templates)
				.identifyingElementsWith(element -> element instanceof ModelElement named ? named.getId() : String.valueOf(element))
				.generate(input.solution(), input.modelHash(), output);
	}

	@Override
	public QaReport validate(Path output, Collection<String> files) {
		checked.addAll(files);
		List<QaFinding> findings = new ArrayList<>();
		for (String file : files) {
			try {
				List<String> lines = Files.readAllLines(output.resolve(file));
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).contains("BROKEN")) {
						findings.add(new QaFinding(file, i + 1, "the word BROKEN"));
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new QaReport(templates.name() + " fixture check", findings, files.size());
	}
}
