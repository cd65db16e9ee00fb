package io.processware.generator.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.QaFinding;
import io.processware.generator.Trace;
import io.processware.generator.application.ApplicationTarget;
import io.processware.generator.cicd.DeliveryTarget;
import io.processware.generator.finops.FinOpsTarget;
import io.processware.generator.infrastructure.InfrastructureTarget;
import io.processware.generator.infrastructure.SolutionFolder;
import io.processware.generator.targets.SolutionGeneration;
import io.processware.generator.targets.SolutionGenerationResult;

/**
 * The documentation of the invoice example, generated with every target its links point to, and
 * its validator on broken Markdown; its Mermaid diagrams parsed by Mermaid itself when node is there.
 */
class DocumentationTargetTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("processware.repository", "../.."))
			.resolve("examples/invoice-processing");

	@TempDir
	Path out;

	private SolutionGenerationResult generate() {
		return SolutionGeneration.of(List.of(new ApplicationTarget(), new InfrastructureTarget(), new DeliveryTarget(),
				new FinOpsTarget(), new DocumentationTarget())).generate(SolutionFolder.input(EXAMPLE), out);
	}

	private List<String> documentation() {
		return SolutionGeneration.filesOf(Trace.read(out), new DocumentationTarget());
	}

	@Test
	void theExamplesDocumentationLinksOnlyToFilesThatExistAndPassesEveryValidator() throws IOException {
		SolutionGenerationResult result = generate();
		assertTrue(result.qaPassed(), () -> result.outcomes().stream().map(o -> o.qa().toString()).toList().toString());
		List<String> files = documentation();
		assertTrue(files.containsAll(List.of("docs/architecture.md", "docs/api.md", "docs/implementation-matrix.md",
				"docs/runbooks/production.md", "docs/decisions/0003-delivery-canary-with-rollback.md")), files::toString);
		String architecture = Files.readString(out.resolve("docs/architecture.md"));
		List<String> diagrams = DocumentationQa.mermaidBlocks(architecture);
		assertEquals(2, diagrams.size(), architecture);
		assertTrue(diagrams.get(0).contains("n4{\"Invoice valid?\"}"), diagrams.get(0));
		assertTrue(diagrams.get(0).contains("-->|\"valid\"|"), diagrams.get(0));
		assertTrue(Files.readString(out.resolve("docs/implementation-matrix.md")).contains("Approve invoice"));
		assertTrue(Files.readString(out.resolve("docs/runbooks/production.md")).contains("availability 99.5%"));
	}

	@Test
	void everyMermaidDiagramParsesWithMermaidAndABrokenOneDoesNot() throws Exception {
		generate();
		List<String> diagrams = new java.util.ArrayList<>();
		for (String file : documentation()) {
			diagrams.addAll(DocumentationQa.mermaidBlocks(Files.readString(out.resolve(file))));
		}
		assertEquals(2, diagrams.size());
		MermaidParser.Result parsed = MermaidParser.parse(diagrams);
		assertEquals(0, parsed.exitCode(), parsed::output);
		assertTrue(parsed.output().contains("diagram 2: ok"), parsed::output);

		MermaidParser.Result broken = MermaidParser.parse(List.of(diagrams.get(0).replace(" --> ", " --> (((")));
		assertEquals(1, broken.exitCode(), broken::output);
		assertTrue(broken.output().startsWith("diagram 1: Parse error"), broken::output);
	}

	@Test
	void aBrokenLinkIsCaughtWithItsLine() throws IOException {
		generate();
		Path runbook = out.resolve("docs/runbooks/quality-assurance.md");
		List<String> lines = Files.readAllLines(runbook);
		lines.add(3, "See [the old runbook](../old/runbook.md) and [outside](../../../etc/passwd).");
		Files.write(runbook, lines);

		List<QaFinding> findings = DocumentationQa.report(out, documentation()).findings();
		assertEquals(List.of(
				new QaFinding("docs/runbooks/quality-assurance.md", 4, "link ../old/runbook.md: no such file in the generated tree"),
				new QaFinding("docs/runbooks/quality-assurance.md", 4, "link ../../../etc/passwd leaves the generated tree")),
				findings);
	}

	@Test
	void aDocumentWithoutHeadingIsCaught() throws IOException {
		generate();
		Path api = out.resolve("docs/api.md");
		Files.writeString(api, Files.readString(api).replaceFirst("# API reference\n", ""));
		List<QaFinding> findings = DocumentationQa.report(out, documentation()).findings();
		assertEquals(List.of(new QaFinding("docs/api.md", 1, "a document opens with its heading")), findings);
	}
}
