package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code processware generate} and {@code processware trace} on the bundled invoice example. */
class GenerateCommandTest {

	private static final Path EXAMPLE = ScriptRun.repository().resolve("examples/invoice-processing");
	private static final String INVOICE = "src-gen/main/java/app/invoiceprocessing/domain/Invoice.java";

	@TempDir
	Path temp;

	@Test
	void generatesTheExampleAndThenWritesNothingMore() {
		Path out = temp.resolve("out");
		CommandRun first = CommandRun.inProcess("generate", EXAMPLE.toString(), "--out", out.toString());
		assertEquals(0, first.exitCode(), first::toString);
		assertTrue(first.out().startsWith(EXAMPLE + ": valid (1 solution model(s), "), first::toString);
		assertTrue(first.out().contains("Generated Invoice processing into " + out), first::toString);
		assertTrue(first.out().contains("  application 0.1.0: "), first::toString);
		assertTrue(first.out().contains("  QA application (javac parse, XML well-formedness): passed"), first::toString);
		assertTrue(Files.isRegularFile(out.resolve(INVOICE)));
		for (String validator : List.of("infrastructure", "cicd", "finops", "documentation")) {
			assertTrue(first.out().lines().anyMatch(line -> line.startsWith("  QA " + validator + " (")
					&& line.contains(": passed (")), first::toString);
		}
		assertFalse(first.out().contains("problem(s)"), first::toString);
		for (String file : List.of("infrastructure/terraform/production/cluster.tf",
				"infrastructure/kubernetes/production/deployment.yaml", ".github/workflows/delivery.yml", ".gitlab-ci.yml",
				"infrastructure/terraform/production/budget.tf", "finops/production/cost-estimate.md",
				"docs/architecture.md", "docs/runbooks/production.md")) {
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
		}

		CommandRun second = CommandRun.inProcess("generate", EXAMPLE.toString(), "--out", out.toString());
		assertEquals(0, second.exitCode(), second::toString);
		assertTrue(second.out().contains(": 0 written, "), second::toString);
	}

	@Test
	void traceAnswersFromFileToElementsAndBack() {
		Path out = temp.resolve("out");
		assertEquals(0, CommandRun.inProcess("generate", EXAMPLE.toString(), "--out", out.toString()).exitCode());

		CommandRun file = CommandRun.inProcess("trace", out.resolve(INVOICE).toString());
		assertEquals(0, file.exitCode(), file::toString);
		assertTrue(file.out().contains("  template: domain/entity.ftl (application 0.1.0)"), file::toString);
		assertTrue(file.out().contains("  content: as generated"), file::toString);
		String firstElement = file.out().lines().filter(line -> line.startsWith("  model elements: ")).findFirst()
				.orElseThrow().substring("  model elements: ".length()).split(", ")[0];

		CommandRun element = CommandRun.inProcess("trace", "--element", firstElement, out.toString());
		assertEquals(0, element.exitCode(), element::toString);
		assertTrue(element.out().contains("  " + INVOICE), element::toString);
	}

	@Test
	void traceOfAFileOutsideAnyOutputIsOneLineAndExitTwo() throws Exception {
		Path stray = Files.writeString(temp.resolve("Stray.java"), "class Stray {}");
		CommandRun run = CommandRun.inProcess("trace", stray.toString());
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).startsWith("processware trace: " + stray + ": no trace found"), run::toString);
	}

	@Test
	void aModelWithErrorsIsNotGenerated() {
		Path broken = ScriptRun.repository().resolve("tests/io.processware.model.tests/fixtures/broken-solution");
		Path out = temp.resolve("out");
		CommandRun run = CommandRun.inProcess("generate", broken.toString(), "--out", out.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.errLines().get(0).contains("not generated: the model has"), run::toString);
		assertTrue(Files.notExists(out), "nothing written");
	}
}
