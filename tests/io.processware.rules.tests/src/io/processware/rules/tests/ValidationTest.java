package io.processware.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each check of the language with a failing snippet (the expected message, at the expected line) and
 * the corrected snippet (clean). Snippets follow the two header lines, so their first line is line 3.
 */
class ValidationTest {

	@TempDir
	Path temp;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			unknown task         | rule r for invoice-to-payment.validate-invoce when true then reject x "y"   | rule r for invoice-to-payment.validate-invoice when true then reject x "y" | 3 | unknown task 'invoice-to-payment.validate-invoce'
			unknown entity       | given p : finance.paymnt                                                     | given p : finance.payment                                                   | 3 | unknown model element 'finance.paymnt'
			unknown member       | computed a : money = invoice.grossAmont                                      | computed a : money = invoice.grossAmount                                    | 3 | unknown member 'grossAmont'
			hyphen is a name     | computed a : money = invoice.grossAmount\\ncomputed b : money = a-a          | computed a : money = invoice.grossAmount\\ncomputed b : money = a - a       | 4 | (to subtract, write spaces around '-')
			type of condition    | rule r for invoice-to-payment.validate-invoice when invoice.grossAmount then reject x "y" | rule r for invoice-to-payment.validate-invoice when invoice.grossAmount > 0 EUR then reject x "y" | 3 | a rule's condition must be a boolean, not a money
			compare types        | computed c : boolean = invoice.invoiceDate > 5 EUR                           | computed c : boolean = invoice.invoiceDate > date "2026-01-01"             | 3 | cannot compare a date with a money EUR
			arithmetic types     | computed c : money = invoice.netAmount + 5 days                              | computed c : money = invoice.netAmount + 5 EUR                              | 3 | cannot apply '+' to a money and a duration
			declared type        | computed c : text = invoice.netAmount                                        | computed c : money = invoice.netAmount                                      | 3 | computed value c must be a text, not a money
			mixed currencies     | computed c : money = 5 EUR + 3 USD                                           | computed c : money = 5 EUR + 3 EUR                                          | 3 | mixes currencies: EUR and USD
			currency code        | computed c : money = 5 euro                                                  | computed c : money = 5 EUR                                                  | 3 | 'euro' is not a currency code
			enumeration value    | computed c : boolean = invoice.status = "PAYED"                              | computed c : boolean = invoice.status = "PAID"                              | 3 | 'PAYED' is not a value of InvoiceStatus
			date literal         | computed c : date = date "2026-02-30"                                        | computed c : date = date "2026-02-28"                                       | 3 | is not a date
			function arguments   | computed c : number = count(invoice.netAmount)                               | computed c : number = count(invoice.lines)                                  | 3 | count() takes one list
			cyclic computed      | computed a : number = b + 1\\ncomputed b : number = a                        | computed a : number = b + 1\\ncomputed b : number = 2                       | 3 | computed value a depends on itself: a -> b -> a
			missing schema       | variable s prompt "read"                                                     | variable s prompt "read" returns { n : text }                               | 3 | LLM slot s has no output schema
			unknown placeholder  | variable s prompt "read {doc}" returns { n : text }                          | variable s prompt "read {doc}" using doc = invoice.scan returns { n : text } | 3 | the prompt uses {doc}
			variable without llm | rule r for invoice-to-payment.ocr-intake variable when true then reject x "y" | rule r for invoice-to-payment.ocr-intake when true then reject x "y"      | 3 | a variable rule asks an LLM slot
			never fires          | rule r for invoice-to-payment.validate-invoice when invoice.grossAmount > 5 EUR and invoice.grossAmount < 2 EUR then reject x "y" | rule r for invoice-to-payment.validate-invoice when invoice.grossAmount > 5 EUR and invoice.grossAmount < 20 EUR then reject x "y" | 3 | rule r never fires
			unreachable rule     | rule a for invoice-to-payment.validate-invoice priority 2 when invoice.grossAmount > 5 EUR then reject x "y"\\nrule b for invoice-to-payment.validate-invoice when invoice.grossAmount > 50 EUR then reject z "w" | rule a for invoice-to-payment.validate-invoice priority 2 when invoice.grossAmount > 50 EUR then reject x "y"\\nrule b for invoice-to-payment.validate-invoice when invoice.grossAmount > 5 EUR then reject z "w" | 4 | rule b is unreachable: rule a runs first
			row shape            | `table t hit FIRST input a = invoice.grossAmount output o : text\\n row - | - => "x"` | table t hit FIRST input a = invoice.grossAmount output o : text\\n row - => "x" | 4 | row has 2 input cell(s), the table has 1 input(s)
			unique overlap       | table t hit UNIQUE input a = invoice.grossAmount output o : text\\n row < 10 EUR => "x"\\n row <= 10 EUR => "y"\\n row > 10 EUR => "z" | table t hit UNIQUE input a = invoice.grossAmount output o : text\\n row < 10 EUR => "x"\\n row 10 EUR => "y"\\n row > 10 EUR => "z" | 5 | rows 1 and 2 overlap in a UNIQUE table, e.g. for a = 9.99 EUR
			table gap            | table t hit UNIQUE input a = invoice.grossAmount output o : text\\n row < 10 EUR => "x"\\n row > 10 EUR => "z" | table t hit UNIQUE input a = invoice.grossAmount output o : text\\n row < 10 EUR => "x"\\n row >= 10 EUR => "z" | 3 | no row matches a = 10 EUR
			enum table gap       | table t hit UNIQUE input s = invoice.status output o : number\\n row "PAID" => 1 | table t hit UNIQUE input s = invoice.status output o : number\\n row "PAID" => 1\\n row not("PAID") => 0 | 3 | no row matches s = "RECEIVED"
			priority ranking     | table t hit PRIORITY input a = invoice.grossAmount output o : text\\n row - => "x" | table t hit PRIORITY input a = invoice.grossAmount output o : text priority ("x")\\n row - => "x" | 3 | a PRIORITY table ranks its outputs
			aggregation policy   | table t hit FIRST sum input a = invoice.grossAmount output o : number\\n row - => 1 | table t hit COLLECT sum input a = invoice.grossAmount output o : number\\n row - => 1 | 3 | only COLLECT tables aggregate
			set target           | rule r for invoice-to-payment.validate-invoice when true then set 5 = 6      | rule r for invoice-to-payment.validate-invoice when true then set invoice.status = "PAID" | 3 | only a fact or a member of one can be set
			sla duration         | sla s for invoice-to-payment within 5 EUR                                    | sla s for invoice-to-payment within 5 days                                  | 3 | an SLA's limit must be a duration, not a money EUR
			budget money         | policy budget for prod monthly 2500                                          | policy budget for prod monthly 2500 EUR                                     | 3 | a budget must be a money, not a number
			duplicate names      | given x : number\\ngiven x : text                                            | given x : number\\ngiven y : text                                           | 3 | Duplicate
			""")
	void checkReportsTheFailingCaseAndPassesTheFixedOne(String check, String failing, String passing, int line, String message)
			throws IOException {
		List<Issue> issues = RulesFixture.validate(temp, RulesFixture.HEADER + failing.replace("\\n", "\n") + "\n");
		assertTrue(issues.stream().anyMatch(issue -> issue.getLineNumber() == line && issue.getMessage().contains(message)),
				check + ": expected '" + message + "' on line " + line + ", got:\n" + RulesFixture.describe(issues));
		List<Issue> fixed = RulesFixture.validate(temp.resolve("fixed"), RulesFixture.HEADER + passing.replace("\\n", "\n") + "\n");
		assertEquals("", RulesFixture.describe(fixed.stream().filter(issue -> issue.getSeverity() != Severity.INFO).toList()), check);
	}
}
