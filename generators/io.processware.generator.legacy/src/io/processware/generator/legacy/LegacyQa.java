package io.processware.generator.legacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.targets.qa.JavaSyntax;
import io.processware.generator.targets.qa.QaFiles;
import io.processware.generator.targets.qa.StrictYaml;

/**
 * The legacy target's QA validator: adapters and contract tests parsed by javac, their settings
 * by SnakeYAML (strictly). Building the service runs the contract tests.
 */
public final class LegacyQa {

	/** The validator's name in run summaries. */
	public static final String NAME = "legacy adapters (javac parse, strict YAML)";

	private LegacyQa() {
	}

	/** @return what QA finds in the legacy target's files */
	public static QaReport report(Path output, Collection<String> files) {
		List<Path> java = QaFiles.ending(output, files, ".java");
		List<Path> yaml = QaFiles.ending(output, files, ".yaml", ".yml");
		List<QaFinding> findings = new ArrayList<>(JavaSyntax.parse(output, java));
		findings.addAll(StrictYaml.check(output, yaml));
		return new QaReport(NAME, findings, java.size() + yaml.size());
	}
}
