package io.processware.generator.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;
import io.processware.generator.application.ApplicationTarget;
import io.processware.generator.targets.SolutionGeneration;
import io.processware.generator.targets.SolutionGenerationResult;
import io.processware.generator.targets.qa.Credentials;
import io.processware.tests.support.InvoiceExample;

/** The secret scan: what resembles a credential is found with file and line; references are not credentials. */
class SecretScanTest {

	@TempDir
	Path temp;

	@Test
	void aPasswordAnotherTargetWroteFailsTheRun() throws Exception {
		SolutionGenerationResult result = SolutionGeneration.of(List.of(new ApplicationTarget(), new LeakyTarget()))
				.checkingTreeWith(List.of(new SecretScan()))
				.generate(InvoiceExample.input(InvoiceExample.load()), temp.resolve("generated"));
		assertFalse(result.qaPassed());
		QaReport scan = result.treeChecks().get(0);
		assertEquals(List.of(new QaFinding("notes/connection.properties", 2, "'database.password' has a literal value: "
				+ "reference a secret (an environment variable, the secrets manager) instead")), scan.findings());
		assertTrue(scan.filesChecked() > 30, "every target's files were read: " + scan.filesChecked());
	}

	@Test
	void credentialFormatsAreFoundWithTheirLine() {
		List<QaFinding> findings = Credentials.scan("deploy/notes.md", List.of(
				"Keys:",
				"AKIAIOSFODNN7EXAMPLE",
				"-----BEGIN RSA PRIVATE KEY-----",
				"token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
				"jdbc:postgresql://app:s3cr3t@db.internal:5432/app",
				"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"));
		assertEquals(List.of(2L, 3L, 4L, 5L, 6L), findings.stream().map(QaFinding::line).toList(), findings::toString);
		assertTrue(findings.get(0).message().contains("AWS access key"), findings.get(0).message());
	}

	@Test
	void literalValuesOfSecretKeysAreFoundAndReferencesAreNot() {
		assertEquals(List.of(2L, 5L), lines("application.yaml", "spring:", "  password: hunter22!",
				"  password: \"${PROD_DATABASE_PASSWORD}\"", "  token: ${{ secrets.DEPLOY_TOKEN }}", "  client-secret: 'a1b2c3d4e5'"));
		assertEquals(List.of(1L), lines("main.tf", "  admin_password = \"P@ssw0rd123\"", "  password = var.database_password",
				"  secret_name = azurerm_key_vault_secret.db.name"));
		assertEquals(List.of(2L), lines("Client.java", "String token = request.getHeader(\"Authorization\");",
				"private static final String API_KEY = \"9f8e7d6c5b4a\";"));
		assertEquals(List.of(), lines("README.md", "The password: set DATABASE_PASSWORD from the secrets manager."));
	}

	@Test
	void everyKeyOfALineIsCheckedWithItsWholeName() {
		// a credential word inside a longer key that is not one, then two literal credentials on one line
		List<QaFinding> findings = Credentials.scan("app.properties",
				List.of("tokenizer.mode=fast;db.password=s3cr3t-value; x.api-key = abcdef123456 # tokens"));
		assertEquals(List.of("'db.password' has a literal value", "'x.api-key' has a literal value"),
				findings.stream().map(f -> f.message().substring(0, f.message().indexOf(':'))).toList());
		assertEquals(List.of(), lines("Names.java", "String passwordHint = \"${HINT}\"; int tokenCount = 3;"));
	}

	private static List<Long> lines(String file, String... lines) {
		return Credentials.scan(file, List.of(lines)).stream().map(QaFinding::line).toList();
	}
}
