package io.processware.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every construct of the language, written correctly, parses, links into the model and validates clean. */
class ConstructsTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = {
			// facts and computed values of every type
			"given paid-on : date\ngiven amounts : list of money EUR\ngiven ok : boolean\ngiven status : finance.invoice-status",
			"computed net : money = invoice.grossAmount - invoice.vatAmount",
			"computed ratio : number = invoice.vatAmount / invoice.netAmount",
			"computed due : date = invoice.invoiceDate + 30 days",
			"computed late : boolean = today() - invoice.dueDate > 2 weeks",
			"computed lines : number = count(invoice.lines)",
			"computed biggest : money = max(invoice.lines.unitPrice)",
			"computed name : text = upper(invoice.supplier.name) + \" AG\"",
			"computed rounded : money = round(abs(invoice.netAmount * 1.19))",
			// rules with priorities, determinism and every action
			"rule r for invoice-to-payment.validate-invoice priority 3 deterministic\n when invoice.status in (\"CAPTURED\", \"RECEIVED\")\n"
					+ " then set invoice.status = \"VALIDATED\" notify ap-clerk \"done\" require approval by budget-owner",
			"rule r for invoice-to-payment.validate-invoice when not (invoice.grossAmount between 1 EUR and 2 EUR) then reject too-small \"x\"",
			"rule r for invoice-to-payment.ocr-intake variable when true then ask s\n"
					+ "variable s prompt \"read {t}\" using t = invoice.scan returns { n : text } confidence 0.8 otherwise human-review",
			// constraints, approvals, SLAs
			"constraint c for invoice-to-payment.validate-invoice require invoice.netAmount >= 0 EUR otherwise error negative \"no\"",
			"constraint c require invoice.dueDate >= date \"2020-01-01\" otherwise warning old \"old\"",
			"approval a for invoice-to-payment.approve-invoice approve by budget-owner when invoice.grossAmount > 10000 EUR",
			"sla s for invoice-to-payment within 5 days warn after 4 days escalate to treasurer",
			// policies
			"policy retention of finance.invoice keep 10 years then archive",
			"policy residency of finance.invoice.scan in \"EU\"",
			"policy access treasurer may read, update on finance.supplier-bank-account",
			"policy budget for qa monthly 600 EUR alert at 75 %",
			// decision tables with every hit policy
			"table t hit UNIQUE input a = invoice.grossAmount output o : text\n row < 10 EUR => \"x\"\n row >= 10 EUR => \"y\"",
			"table t hit FIRST input s = invoice.status output o : number\n row \"PAID\" => 1\n row - => 0",
			"table t hit PRIORITY input a = invoice.grossAmount output o : text priority (\"high\", \"low\")\n"
					+ " row > 5 EUR => \"high\"\n row - => \"low\"",
			"table t hit ANY input s = invoice.status output o : number\n row \"PAID\", \"APPROVED\" => 1\n row not(\"PAID\", \"APPROVED\") => 0\n"
					+ " row \"PAID\" => 1",
			"table t hit COLLECT sum input a = invoice.grossAmount output fee : money\n row > 0 EUR => 1 EUR\n row > 100 EUR => 2 EUR",
			"table t hit COLLECT count input a = invoice.grossAmount output o : number\n row ]0 EUR .. 5 EUR] => 1",
			"table t hit COLLECT input a = invoice.invoiceDate output o : text\n row [date \"2026-01-01\" .. date \"2026-12-31\"] => \"2026\"",
	})
	void validConstructValidatesClean(String snippet) throws IOException {
		List<Issue> issues = RulesFixture.validate(temp, RulesFixture.HEADER + snippet + "\n");
		assertEquals("", RulesFixture.describe(issues), snippet);
	}
}
