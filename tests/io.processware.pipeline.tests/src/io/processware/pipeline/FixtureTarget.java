package io.processware.pipeline;

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
import io.processware.generator.targets.GenerationTarget;
import io.processware.generator.targets.SolutionInput;
import io.processware.model.generation.ArtefactKind;
import io.processware.model.solution.ModelElement;

/**
 * A target made of a fixture template set, standing for the security and data-governance
 * generators other bundles contribute: its artefacts go to review boards. Its validator rejects an
 * empty file.
 */
final class FixtureTarget implements GenerationTarget {

	private final TemplateSet templates;
	private final ArtefactKind kind;

	FixtureTarget(String fixture, ArtefactKind kind) {
		this.templates = TemplateSet.load(Path.of(System.getProperty("processware.fixtures"), fixture));
		this.kind = kind;
	}

	static FixtureTarget securityPolicies() {
		return new FixtureTarget("security-policies", ArtefactKind.SECURITY_POLICY);
	}

	static FixtureTarget dataCatalog() {
		return new FixtureTarget("data-catalog", ArtefactKind.DATA_CATALOG);
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
		List<QaFinding> findings = new ArrayList<>();
		for (String file : files) {
			try {
				if (Files.readString(output.resolve(file)).isBlank()) {
					findings.add(new QaFinding(file, 1, "empty"));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new QaReport(templates.name() + " check", findings, files.size());
	}
}
