package io.processware.generator.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.Trace;
import io.processware.generator.application.ApplicationTarget;
import io.processware.generator.targets.SolutionGeneration;
import io.processware.generator.targets.SolutionGenerationResult;
import io.processware.tests.support.InvoiceExample;

/**
 * The security target on the invoice example (its QA passes, access rules follow the model), and
 * its validator on deliberately broken output: RBAC with a wildcard and an unknown field, Java that
 * does not parse, YAML with a duplicate key.
 */
class SecurityTargetTest {

	@TempDir
	Path temp;

	private final SecurityTarget security = new SecurityTarget();

	private Path generate() throws Exception {
		Path out = temp.resolve("generated");
		SolutionGenerationResult result = SolutionGeneration.of(List.of(new ApplicationTarget(), security))
				.checkingTreeWith(List.of(new SecretScan())).generate(InvoiceExample.input(InvoiceExample.load()), out);
		assertTrue(result.qaPassed(), () -> result.outcomes().stream().map(o -> o.qa().findings().toString()).toList()
				+ " " + result.treeChecks());
		return out;
	}

	private QaReport validate(Path out) {
		return security.validate(out, SolutionGeneration.filesOf(Trace.read(out), security));
	}

	@Test
	void theInvoiceExamplesAccessRulesFollowItsPermissionsAndProcesses() throws Exception {
		Path out = generate();
		QaReport report = validate(out);
		assertTrue(report.passed(), report.findings()::toString);
		assertEquals(8, report.filesChecked(), "4 Java files, the settings, the RBAC of 3 environments: " + report);
		String rules = Files.readString(out.resolve("src-gen/main/java/app/invoiceprocessing/security/AccessRules.java"));
		// an explicit permission: only the treasurer reads bank accounts
		assertTrue(rules.contains("new Rule(HttpMethod.GET, List.of(\"/api/supplier-bank-accounts\", "
				+ "\"/api/supplier-bank-accounts/*\"), List.of(\"treasurer\"))"), rules);
		// no permission on creating them: the roles that run the process whose task uses them
		assertTrue(rules.contains("new Rule(HttpMethod.POST, List.of(\"/api/supplier-bank-accounts\"), List.of(\"ap-clerk\"))"),
				rules);
		String policy = Files.readString(out.resolve("security/policies/invoice-to-payment.md"));
		assertTrue(policy.contains("- ap-clerk: start, perform") && policy.contains("- budget-owner: approve"), policy);
		assertTrue(policy.contains("Approve invoice: budget-owner"), policy);
		assertTrue(policy.contains("SupplierBankAccount.iban: restricted, personal data"), policy);
		String settings = Files.readString(out.resolve("src-gen/main/resources/processware-security.yaml"));
		assertTrue(settings.contains("${PROCESSWARE_OIDC_ISSUER_URI:https://login.example.com/finance-tenant/v2.0}"), settings);
		for (String environment : List.of("development", "quality-assurance", "production")) {
			assertTrue(Files.exists(out.resolve("security/kubernetes/" + environment + "/rbac.yaml")), environment);
		}
	}

	@Test
	void rbacWithAWildcardAndAFieldKubernetesDoesNotKnowIsCaught() throws Exception {
		Path out = generate();
		Path rbac = out.resolve("security/kubernetes/production/rbac.yaml");
		List<String> lines = Files.readAllLines(rbac);
		int typo = lines.indexOf("automountServiceAccountToken: false") + 1;
		int verbs = lines.indexOf("    verbs: [\"get\"]") + 1;
		lines.set(typo - 1, "automountServiceAccountTokens: false");
		lines.set(verbs - 1, "    verbs: [\"*\"]");
		Files.write(rbac, lines);

		List<QaFinding> findings = validate(out).findings();
		assertEquals(2, findings.size(), findings::toString);
		assertEquals(new QaFinding("security/kubernetes/production/rbac.yaml", typo, "ServiceAccount property "
				+ "'automountServiceAccountTokens' is not defined in the schema and the schema does not allow additional properties"),
				findings.get(0));
		assertEquals("security/kubernetes/production/rbac.yaml", findings.get(1).file());
		assertEquals(verbs, findings.get(1).line());
		assertEquals("Role grants verbs \"*\": name the ones the workload needs", findings.get(1).message());
	}

	@Test
	void aBindingToARoleTheFileDoesNotDefineIsCaught() throws Exception {
		Path out = generate();
		Path rbac = out.resolve("security/kubernetes/development/rbac.yaml");
		String text = Files.readString(rbac);
		Files.writeString(rbac, text.replace("  kind: Role\n  name: invoice-processing-configuration-reader",
				"  kind: Role\n  name: everything"));
		List<QaFinding> findings = validate(out).findings();
		assertEquals(1, findings.size(), findings::toString);
		assertEquals("RoleBinding invoice-processing-configuration-reader binds Role everything, which this file does not define",
				findings.get(0).message());
	}

	@Test
	void javaThatDoesNotParseAndYamlWithADuplicateKeyAreCaught() throws Exception {
		Path out = generate();
		Path java = out.resolve("src-gen/main/java/app/invoiceprocessing/security/SecurityConfiguration.java");
		Files.writeString(java, Files.readString(java).replace("return http.build();", "return http.build()"));
		Path yaml = out.resolve("src-gen/main/resources/processware-security.yaml");
		Files.writeString(yaml, Files.readString(yaml) + "processware:\n  again: true\n");

		List<QaFinding> findings = validate(out).findings();
		assertEquals(2, findings.size(), findings::toString);
		QaFinding parse = findings.get(0);
		assertEquals("src-gen/main/java/app/invoiceprocessing/security/SecurityConfiguration.java", parse.file());
		assertEquals(lineOf(java, "return http.build()"), parse.line());
		assertTrue(parse.message().contains("';' expected"), parse.message());
		QaFinding duplicate = findings.get(1);
		assertEquals("src-gen/main/resources/processware-security.yaml", duplicate.file());
		assertEquals(lineOf(yaml, "processware:\n  again") , duplicate.line());
		assertTrue(duplicate.message().contains("duplicate key processware"), duplicate.message());
	}

	private static long lineOf(Path file, String text) throws Exception {
		String content = Files.readString(file);
		return content.substring(0, content.lastIndexOf(text)).chars().filter(c -> c == '\n').count() + 1;
	}
}
