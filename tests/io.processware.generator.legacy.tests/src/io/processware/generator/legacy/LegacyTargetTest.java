package io.processware.generator.legacy;

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
import io.processware.model.solution.EndpointKind;
import io.processware.model.solution.IntegrationProtocol;
import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;
import io.processware.tests.support.InvoiceExample;

/**
 * The legacy target on the invoice example (a SOAP client for the ERP implementing the processes'
 * adapter, a file-drop client for the scanning inbox), on a model with every protocol, and its
 * validator on deliberately broken output.
 */
class LegacyTargetTest {

	private static final String LEGACY = "src-gen/main/java/app/invoiceprocessing/legacy/";

	@TempDir
	Path temp;

	private final LegacyTarget legacy = new LegacyTarget();

	private SolutionGenerationResult generate(Solution solution) {
		return SolutionGeneration.of(List.of(new ApplicationTarget(), legacy)).generate(InvoiceExample.input(solution),
				temp.resolve("generated"));
	}

	@Test
	void theInvoiceExampleGetsAResilientClientPerSystem() throws Exception {
		QaReport qa = generate(InvoiceExample.load()).outcome("legacy").qa();
		assertTrue(qa.passed(), qa.findings()::toString);
		Path out = temp.resolve("generated");
		String erp = Files.readString(out.resolve(LEGACY + "SapEccFinanceClient.java"));
		assertTrue(erp.contains("public class SapEccFinanceClient implements SapEccFinanceAdapter"), erp);
		assertTrue(erp.contains("public Map<String, Object> fiInvoicePost(Map<String, Object> variables) {\n"
				+ "        return call(\"FI_INVOICE_POST\", variables);"), erp);
		assertTrue(erp.contains("f110PaymentProposal"), erp);
		String inbox = Files.readString(out.resolve(LEGACY + "ScanningInboxClient.java"));
		assertTrue(inbox.contains("return take(\"readInvoiceScan\");"), inbox);
		String settings = Files.readString(out.resolve("src-gen/main/resources/processware-legacy.yaml"));
		// the SOAP address is the WSDL's without its query; the SLA's response time is the timeout
		assertTrue(settings.contains("endpoint: \"${SAP_ECC_FINANCE_ENDPOINT:https://erp.example.internal/sap/bc/srt/wsdl/FI_INVOICE_POST}\""),
				settings);
		assertTrue(settings.contains("timeout-millis: 2000"), settings);
		assertTrue(Files.exists(out.resolve("src-gen/test/java/app/invoiceprocessing/legacy/SapEccFinanceClientContractTest.java")));
		assertTrue(Files.exists(out.resolve("src-gen/test/java/app/invoiceprocessing/legacy/ScanningInboxClientContractTest.java")));
	}

	@Test
	void everyProtocolGetsItsAdapter() throws Exception {
		Solution solution = InvoiceExample.load();
		system(solution, "Supplier portal", IntegrationProtocol.REST, "https://portal.example.internal/api");
		system(solution, "Treasury database", IntegrationProtocol.JDBC, "jdbc:postgresql://treasury.example.internal/treasury");
		system(solution, "Payment events", IntegrationProtocol.MESSAGE_QUEUE, "https://broker.example.internal/topics")
				.setEndpointKind(EndpointKind.EVENT_STREAM);
		QaReport qa = generate(solution).outcome("legacy").qa();
		assertTrue(qa.passed(), qa.findings()::toString);
		Path out = temp.resolve("generated");
		for (String transport : List.of("HttpJsonTransport", "SoapTransport", "JdbcTransport", "FileDropTransport",
				"SupplierPortalClient", "TreasuryDatabaseClient", "PaymentEventsClient")) {
			assertTrue(Files.exists(out.resolve(LEGACY + transport + ".java")), transport);
		}
		// a system no task calls has no adapter interface to implement: the client stands alone
		assertTrue(Files.readString(out.resolve(LEGACY + "TreasuryDatabaseClient.java")).contains("public class TreasuryDatabaseClient {"));
	}

	@Test
	void brokenJavaAndYamlAreCaughtWithFileAndLine() throws Exception {
		generate(InvoiceExample.load());
		Path out = temp.resolve("generated");
		Path client = out.resolve(LEGACY + "ScanningInboxClient.java");
		Files.writeString(client, Files.readString(client).replace("public CircuitBreaker.State circuit() {",
				"public CircuitBreaker.State circuit( {"));
		Path settings = out.resolve("src-gen/main/resources/processware-legacy.yaml");
		Files.writeString(settings, Files.readString(settings).replace("      attempts: 3\n", "      attempts: 3\n     misindented: true\n"));
		List<QaFinding> findings = legacy.validate(out, SolutionGeneration.filesOf(Trace.read(out), legacy)).findings();
		assertEquals(2, findings.size(), findings::toString);
		assertEquals(LEGACY + "ScanningInboxClient.java", findings.get(0).file());
		assertEquals(lineOf(client, "circuit( {"), findings.get(0).line());
		assertEquals("src-gen/main/resources/processware-legacy.yaml", findings.get(1).file());
		assertEquals(lineOf(settings, "     misindented"), findings.get(1).line());
	}

	private static LegacySystem system(Solution solution, String name, IntegrationProtocol protocol, String endpoint) {
		LegacySystem system = SolutionFactory.eINSTANCE.createLegacySystem();
		system.setId(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
		system.setName(name);
		system.setProtocol(protocol);
		system.setEndpoint(endpoint);
		solution.getLegacySystems().add(system);
		return system;
	}

	private static long lineOf(Path file, String text) throws Exception {
		String content = Files.readString(file);
		return content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
	}
}
