package io.processware.generator.cicd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.Trace;
import io.processware.generator.infrastructure.SolutionFolder;
import io.processware.generator.targets.SolutionGeneration;

/** The delivery pipelines of the invoice example against the published schemas, and broken on purpose. */
class DeliveryTargetTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("processware.repository", "../.."))
			.resolve("examples/invoice-processing");
	private static final String GITHUB = ".github/workflows/delivery.yml";

	@TempDir
	Path out;

	private List<String> generate() {
		DeliveryTarget target = new DeliveryTarget();
		target.generate(SolutionFolder.input(EXAMPLE), out);
		return SolutionGeneration.filesOf(Trace.read(out), target);
	}

	@Test
	void theExamplesPipelinesPassTheirSchemasAndDeployQaThenProductionAsACanary() throws IOException {
		List<String> files = generate();
		assertEquals(List.of(".github/workflows/delivery.yml", ".gitlab-ci.yml", "delivery/deploy.sh"), files);
		QaReport report = DeliveryQa.report(out, files);
		assertTrue(report.passed(), report.findings()::toString);
		assertEquals(3, report.filesChecked());
		String workflow = Files.readString(out.resolve(GITHUB));
		assertTrue(workflow.contains("bash delivery/deploy.sh quality-assurance \"$IMAGE\" rolling"), workflow);
		assertTrue(workflow.contains("bash delivery/deploy.sh production \"$IMAGE\" canary"), workflow);
		assertTrue(workflow.contains("needs: [deploy-quality-assurance]"), workflow);
		assertTrue(Files.readString(out.resolve("delivery/deploy.sh")).contains("rollout undo"));
	}

	@Test
	void aMisspelledGithubKeyIsCaughtOnItsLine() throws IOException {
		List<String> files = generate();
		Path workflow = out.resolve(GITHUB);
		List<String> lines = Files.readAllLines(workflow);
		int broken = lines.indexOf("    runs-on: ubuntu-latest");
		lines.set(broken, "    runs_on: ubuntu-latest");
		Files.write(workflow, lines);

		List<QaFinding> findings = DeliveryQa.report(out, files).findings();
		assertFalse(findings.isEmpty());
		assertTrue(findings.stream().allMatch(finding -> finding.file().equals(GITHUB)), findings::toString);
		assertTrue(findings.stream().anyMatch(finding -> finding.message().contains("runs_on")), findings::toString);
		assertTrue(findings.stream().anyMatch(finding -> finding.line() == broken || finding.line() == broken + 1),
				findings::toString);
	}

	@Test
	void anUnknownGitlabWhenIsCaught() throws IOException {
		List<String> files = generate();
		Path gitlab = out.resolve(".gitlab-ci.yml");
		List<String> lines = Files.readAllLines(gitlab);
		int broken = lines.indexOf("      when: manual");
		lines.set(broken, "      when: sometimes");
		Files.write(gitlab, lines);

		List<QaFinding> findings = DeliveryQa.report(out, files).findings();
		assertFalse(findings.isEmpty());
		assertTrue(findings.stream().allMatch(finding -> finding.file().equals(".gitlab-ci.yml")), findings::toString);
		assertTrue(findings.stream().anyMatch(finding -> finding.line() == broken + 1), findings::toString);
	}

	@Test
	void aShellSyntaxErrorInTheDeployScriptIsCaughtByBash() throws IOException {
		List<String> files = generate();
		Path script = out.resolve("delivery/deploy.sh");
		Files.writeString(script, Files.readString(script).replace("  done\n  kubectl -n \"$namespace\" rollout pause",
				"  kubectl -n \"$namespace\" rollout pause"));

		List<QaFinding> findings = DeliveryQa.report(out, files).findings();
		assertEquals(1, findings.size(), findings::toString);
		assertEquals("delivery/deploy.sh", findings.get(0).file());
		assertTrue(findings.get(0).line() > 0 && findings.get(0).message().contains("syntax error"), findings::toString);
	}
}
