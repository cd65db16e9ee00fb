package io.processware.generator.security;

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
 * The security target's QA validator: Java parsed by javac, the service's settings by SnakeYAML
 * (strictly), RBAC manifests against the Kubernetes RBAC JSON Schema.
 */
public final class SecurityQa {

	/** The validator's name in run summaries. */
	public static final String NAME = "security (javac parse, strict YAML, Kubernetes RBAC schema)";

	private SecurityQa() {
	}

	/** @return what QA finds in the security target's files */
	public static QaReport report(Path output, Collection<String> files) {
		List<Path> java = QaFiles.ending(output, files, ".java");
		// the RBAC manifests get the schema check, the other YAML the strict parse
		List<Path> rbac = QaFiles.ending(output, files.stream().filter(file -> file.startsWith("security/kubernetes/")).toList(),
				".yaml");
		List<Path> yaml = QaFiles.ending(output, files, ".yaml", ".yml").stream().filter(file -> !rbac.contains(file)).toList();
		List<QaFinding> findings = new ArrayList<>(JavaSyntax.parse(output, java));
		findings.addAll(StrictYaml.check(output, yaml));
		rbac.forEach(file -> findings.addAll(RbacManifests.check(output, file)));
		return new QaReport(NAME, findings, java.size() + yaml.size() + rbac.size());
	}
}
