package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that counts: the service generated for the sample solution is built with Maven and its
 * generated tests pass (entities, Flyway schema validated by Hibernate, REST API, OpenAPI document,
 * one test per decision-table row), with the user's code in a protected region compiled along.
 */
class GeneratedServiceBuildTest {

	@TempDir
	Path temp;

	@Test
	void theGeneratedServiceBuildsAndItsTestsPass() throws Exception {
		Path out = temp.resolve("invoice-processing");
		// decision tables of every hit policy: their classes and one generated test per row are built too
		Files.copy(Path.of(System.getProperty("processware.repository"))
				.resolve("tests/io.processware.generator.application.tests/fixtures/hit-policies.rules"),
				temp.resolve("hit-policies.rules"));
		ApplicationGenerator generator = new ApplicationGenerator();
		generator.generate(SampleSolutions.invoicing(), temp, "hash-1", out);
		Path supplier = out.resolve("src-gen/main/java/app/invoiceprocessing/domain/Supplier.java");
		Files.writeString(supplier, Files.readString(supplier).replace("// Start of user code Supplier.members\n",
				"// Start of user code Supplier.members\n    public boolean isDomestic() { return iban != null && iban.startsWith(\"DE\"); }\n"));
		generator.generate(SampleSolutions.invoicing(), temp, "hash-1", out);
		assertTrue(Files.readString(supplier).contains("isDomestic"), "user code survived regeneration");

		GeneratedServiceMaven.Run build = GeneratedServiceMaven.run(out, temp.resolve("maven.log"), "verify");
		assertEquals(0, build.exitCode(), build::tail);

		int tests = 0;
		for (GeneratedServiceMaven.Report report : GeneratedServiceMaven.reports(out)) {
			tests += report.tests();
			assertEquals(0, report.errors(), report + " has errors");
			assertEquals(0, report.failures(), report + " has failures");
		}
		assertTrue(tests >= 3 * 2 + 1, "every entity's API tests and the OpenAPI test ran: " + tests);
		assertEquals(4, GeneratedServiceMaven.report(out, "app.invoiceprocessing.rules.PriorityRouteTableTest").tests(),
				"one test per row of priority-route");
		assertEquals(1, GeneratedServiceMaven.report(out, "app.invoiceprocessing.rules.HitPoliciesRulesTest").tests(),
				"the tables of a rules file agree with the interpreter through the file's class");
	}
}
