package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.Solution;

/**
 * The invoice example's service, rules and all, is built with Maven and its generated tests pass:
 * one test per constraint, rule and approval step with the interpreter's expected answers, the
 * agreement of the generated Java with the interpreter on random facts, and the process steps
 * recording their tasks' rule outcomes. A mutated rule (one
 * comparison made inclusive) must make the agreement fail: the comparison can catch a wrong compiler.
 */
class InvoiceExampleServiceBuildTest {

	private static final String RULES = "app.invoiceprocessing.rules.";

	@TempDir
	Path temp;

	@Test
	void theExampleServiceBuildsAndItsRuleTestsPassAndCatchAMutation() throws Exception {
		Path example = copyExample();
		Solution solution = SolutionResources.load(SolutionResources.newResourceSet(),
				example.resolve("invoice-processing.pws")).solution();
		Path out = temp.resolve("service");
		new ApplicationGenerator().generate(solution, example, "hash-1", out);

		GeneratedServiceMaven.Run build = GeneratedServiceMaven.run(out, temp.resolve("maven.log"), "verify");
		assertEquals(0, build.exitCode(), build::tail);
		for (GeneratedServiceMaven.Report report : GeneratedServiceMaven.reports(out)) {
			assertEquals(0, report.errors() + report.failures(), report + " fails");
		}
		// six constraints and four rules of invoice-validation, each with an input where it counts, and the agreement
		assertEquals(11, GeneratedServiceMaven.report(out, RULES + "InvoiceValidationRulesTest").tests());
		// the invariant of every invoice, refused by the API with a problem naming it
		assertEquals(1, GeneratedServiceMaven.report(out, "app.invoiceprocessing.api.InvoiceValidationRulesApiTest").tests());
		// two approval steps and one rule of approval-thresholds, and the agreement
		assertEquals(4, GeneratedServiceMaven.report(out, RULES + "ApprovalThresholdsRulesTest").tests());
		assertEquals(2, GeneratedServiceMaven.report(out, RULES + "PaymentTermsRulesTest").tests());
		// the process steps run their tasks' rules: one test per rule test of a task that has a step
		assertEquals(13, GeneratedServiceMaven.report(out, "app.invoiceprocessing.process.RuleStepsTest").tests());

		Path rules = out.resolve("src-gen/main/java/app/invoiceprocessing/rules/ApprovalThresholdsRules.java");
		String original = Files.readString(rules);
		// the comparison of the first approval step, grossAmount > 1000 EUR, made inclusive
		int threshold = original.indexOf("MoneyValue.of(\"1000\", \"EUR\")");
		int comparison = original.lastIndexOf("RuleValues.operate(\">\", ", threshold);
		String mutated = comparison < 0 ? original
				: original.substring(0, comparison) + "RuleValues.operate(\">=\", "
						+ original.substring(comparison + "RuleValues.operate(\">\", ".length());
		assertNotEquals(original, mutated, "the mutation applies to the approval threshold 'grossAmount > 1000 EUR'");
		Files.writeString(rules, mutated);
		GeneratedServiceMaven.Run mutant = GeneratedServiceMaven.run(out, temp.resolve("mutant.log"), "-o", "test",
				"-Dtest=ApprovalThresholdsRulesTest", "-Dsurefire.failIfNoSpecifiedTests=false");
		assertNotEquals(0, mutant.exitCode(), "the mutated threshold must fail the build: " + mutant.tail());
		assertTrue(mutant.log().contains("agreesWithTheInterpreterOnRandomFacts"),
				"the agreement test catches the mutation: " + mutant.tail());
	}

	/** The example folder (model, processes, rules) in a temporary folder, so that nothing is written beside it. */
	private Path copyExample() throws IOException {
		Path source = Path.of(System.getProperty("processware.repository")).resolve("examples/invoice-processing");
		Path target = temp.resolve("invoice-processing");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else if (!file.startsWith(source.resolve("generated"))) {
					Files.copy(file, copy);
				}
			}
		}
		return target;
	}
}
