package io.processware.generator.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.GenerationException;
import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.Trace;
import io.processware.generator.application.ApplicationTarget;
import io.processware.generator.targets.SolutionGeneration;
import io.processware.generator.targets.SolutionGenerationResult;
import io.processware.model.domain.Attribute;
import io.processware.model.solution.Environment;
import io.processware.model.solution.Solution;
import io.processware.tests.support.InvoiceExample;

/**
 * The data governance target on the invoice example (catalog valid against its schema, residency
 * kept, comments and retention job generated), and its validator on a model that stores EU data in
 * the US, a catalog that breaks its schema and personal data without a retention period.
 */
class GovernanceTargetTest {

	private static final String CATALOG = "governance/data-catalog.json";

	@TempDir
	Path temp;

	private final GovernanceTarget governance = new GovernanceTarget();

	private SolutionGenerationResult generate(Solution solution) {
		return SolutionGeneration.of(List.of(new ApplicationTarget(), governance))
				.generate(InvoiceExample.input(solution), temp.resolve("generated"));
	}

	private QaReport validate() {
		Path out = temp.resolve("generated");
		return governance.validate(out, SolutionGeneration.filesOf(Trace.read(out), governance));
	}

	@Test
	void theInvoiceExamplesCatalogIsValidAndItsDataStaysInTheEu() throws Exception {
		SolutionGenerationResult result = generate(InvoiceExample.load());
		QaReport qa = result.outcome("governance").qa();
		assertTrue(qa.passed(), qa.findings()::toString);
		assertEquals(4, qa.filesChecked(), "catalog, settings, job and its test: " + qa);
		Path out = temp.resolve("generated");
		String catalog = Files.readString(out.resolve(CATALOG));
		assertTrue(catalog.contains("\"name\": \"iban\",\n          \"columns\": [\"iban\"],\n          \"type\": \"TEXT\",\n"
				+ "          \"classification\": \"RESTRICTED\",\n          \"personalData\": true,\n"
				+ "          \"retention\": \"P10Y\",\n          \"residency\": \"EU\""), catalog);
		// lineage: the bank account is used by "Schedule payment", which applies the payment terms
		assertTrue(catalog.contains("\"tasks\": [\"Schedule payment\"]") && catalog.contains("\"path\": \"rules/payment-terms.rules\""),
				catalog);
		assertTrue(catalog.contains("\"dataStores\": [\"ERP ledger (SAP ECC finance)\"]"), catalog);
		String migration = Files.readString(out.resolve("src-gen/main/resources/db/migration/V900__processware_data_governance.sql"));
		assertTrue(migration.contains("comment on column supplier_bank_account.iban is 'restricted, personal data, retention P10Y, resides in EU';"),
				migration);
		assertTrue(migration.contains("alter table supplier_bank_account add column processware_recorded_at"), migration);
		String job = Files.readString(out.resolve("src-gen/main/java/app/invoiceprocessing/governance/RetentionJob.java"));
		assertTrue(job.contains("update supplier set contact_email = null where processware_recorded_at < ?"), job);
		assertTrue(job.contains("select id from supplier_bank_account where processware_recorded_at < ?"), job);
	}

	@Test
	void restrictedDataStoredOutsideItsResidencyFailsTheRun() throws Exception {
		Solution solution = InvoiceExample.load();
		Environment production = solution.getEnvironments().stream().filter(e -> "prod".equals(e.getId())).findFirst()
				.orElseThrow();
		production.setRegion("eastus");
		SolutionGenerationResult result = generate(solution);
		assertFalse(result.qaPassed());
		List<QaFinding> findings = result.outcome("governance").qa().findings();
		// every attribute that must stay in the EU: contact e-mail, IBAN, BIC, account holder, scan
		assertEquals(5, findings.size(), findings::toString);
		QaFinding iban = findings.get(1);
		assertEquals(CATALOG, iban.file());
		assertEquals(lineAfter(temp.resolve("generated").resolve(CATALOG), "\"name\": \"iban\"", "\"residency\": \"EU\""),
				iban.line());
		assertEquals("SupplierBankAccount.iban (restricted) must reside in EU, but environment 'Production' stores it in region "
				+ "'eastus' (US): move the environment or change the residency", iban.message());
	}

	@Test
	void aCatalogThatBreaksItsSchemaIsCaughtWithItsLine() throws Exception {
		generate(InvoiceExample.load());
		Path catalog = temp.resolve("generated").resolve(CATALOG);
		String text = Files.readString(catalog);
		int at = text.indexOf("\"classification\": \"INTERNAL\"");
		Files.writeString(catalog, text.substring(0, at) + "\"classification\": \"SECRET\"" + text.substring(at + 28));
		List<QaFinding> findings = validate().findings();
		assertEquals(1, findings.size(), findings::toString);
		assertEquals(text.substring(0, at).lines().count(), findings.get(0).line());
		assertTrue(findings.get(0).message().startsWith("/entities/0/attributes/0/classification: "), findings::toString);
	}

	@Test
	void personalDataWithoutARetentionPeriodBreaksTheSchema() throws Exception {
		Solution solution = InvoiceExample.load();
		attribute(solution, "finance.supplier.contact-email").setRetention(null);
		SolutionGenerationResult result = generate(solution);
		List<QaFinding> findings = result.outcome("governance").qa().findings();
		assertFalse(findings.isEmpty());
		assertTrue(findings.stream().allMatch(f -> f.file().equals(CATALOG) && f.message().contains("/entities/0/attributes/2")),
				findings::toString);
	}

	@Test
	void aRetentionThatIsNoPeriodIsRefusedNamingTheAttribute() throws Exception {
		Solution solution = InvoiceExample.load();
		attribute(solution, "finance.invoice.scan").setRetention("ten years");
		GenerationException refused = assertThrows(GenerationException.class, () -> generate(solution));
		assertEquals("attribute scan (finance.invoice.scan): retention 'ten years' is not an ISO-8601 period such as P10Y or P90D",
				refused.getMessage());
	}

	private static Attribute attribute(Solution solution, String id) {
		return solution.getDomains().stream().flatMap(d -> d.getEntities().stream()).flatMap(e -> e.getAttributes().stream())
				.filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
	}

	private static long lineAfter(Path file, String anchor, String text) throws Exception {
		String content = Files.readString(file);
		int at = content.indexOf(text, content.indexOf(anchor));
		return content.substring(0, at).lines().count();
	}
}
