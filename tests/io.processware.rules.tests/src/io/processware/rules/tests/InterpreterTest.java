package io.processware.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.process.Task;
import io.processware.rules.interpreter.Decision;
import io.processware.rules.interpreter.DecisionTables;
import io.processware.rules.interpreter.EvaluationException;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.Money;
import io.processware.rules.interpreter.Outcome;
import io.processware.rules.interpreter.RuleEngine;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.RuleFile;

/** The interpreter on input data: expressions, each hit policy, and rule sets with their actions. */
class InterpreterTest {

	@TempDir
	Path temp;

	private static Map<String, Object> invoice(String gross, String status) {
		Map<String, Object> invoice = new HashMap<>();
		invoice.put("grossAmount", Money.of(gross, "EUR"));
		invoice.put("netAmount", Money.of(gross, "EUR"));
		invoice.put("status", status);
		invoice.put("invoiceDate", LocalDate.of(2026, 1, 31));
		invoice.put("lines", List.of(Map.of("unitPrice", Money.of("10", "EUR")), Map.of("unitPrice", Money.of("32.5", "EUR"))));
		Map<String, Object> facts = new HashMap<>();
		facts.put("invoice", invoice);
		return facts;
	}

	private Object computed(String expression, Map<String, Object> facts) throws IOException {
		RuleFile file = RulesFixture.model(temp, RulesFixture.HEADER + "computed c = " + expression + "\n");
		return new Evaluator(facts, LocalDate.of(2026, 3, 1), slot -> Map.of()).evaluate(((Computed) file.getDeclarations().get(1)).getValue());
	}

	@Test
	void expressionsComputeWithMoneyDatesDurationsAndLists() throws IOException {
		Map<String, Object> facts = invoice("1190", "CAPTURED");
		assertEquals(Money.of("1000", "EUR"), computed("invoice.grossAmount / 1.19", facts));
		assertEquals(Money.of("42.5", "EUR"), computed("sum(invoice.lines.unitPrice)", facts));
		assertEquals(new BigDecimal("2"), computed("count(invoice.lines)", facts));
		assertEquals(LocalDate.of(2026, 2, 28), computed("invoice.invoiceDate + 1 month", facts));
		assertEquals(Boolean.TRUE, computed("today() - invoice.invoiceDate > 4 weeks", facts));
		assertEquals(Boolean.TRUE, computed("invoice.status in (\"CAPTURED\", \"RECEIVED\")", facts));
		assertEquals(Boolean.FALSE, computed("invoice.grossAmount between 1 EUR and 1000 EUR", facts));
		assertEquals(Money.of("1190.00", "EUR"), computed("round(invoice.grossAmount)", facts));
		assertThrows(EvaluationException.class, () -> computed("invoice.grossAmount + 5 USD", facts));
	}

	@Test
	void missingValuesMakeConditionsFalseNotErrors() throws IOException {
		Map<String, Object> facts = invoice("10", "CAPTURED");
		assertNull(computed("invoice.dueDate > date \"2026-01-01\"", facts));
		assertNull(computed("invoice.dueDate > date \"2026-01-01\" and true", facts));
		assertEquals(Boolean.FALSE, computed("invoice.dueDate > date \"2026-01-01\" and false", facts));
	}

	private Decision decide(String table, Map<String, Object> facts) throws IOException {
		RuleFile file = RulesFixture.model(temp.resolve(String.valueOf(table.hashCode())), RulesFixture.HEADER + table + "\n");
		DecisionTable decision = (DecisionTable) file.getDeclarations().get(1);
		return DecisionTables.decide(decision, new Evaluator(facts));
	}

	private static final String ROWS = " input a = invoice.grossAmount output o : text\n row < 100 EUR => \"small\"\n"
			+ " row < 1000 EUR => \"medium\"\n row - => \"any\"";

	@Test
	void hitPoliciesPickTheirRows() throws IOException {
		Map<String, Object> facts = invoice("50", "PAID");
		assertEquals(List.of(1, 2, 3), decide("table t hit FIRST" + ROWS, facts).matchedRows());
		assertEquals("small", decide("table t hit FIRST" + ROWS, facts).single().get("o"));
		assertEquals(List.of(Map.of("o", "small"), Map.of("o", "medium"), Map.of("o", "any")),
				decide("table t hit COLLECT" + ROWS, facts).value());
		assertEquals("medium", decide("table t hit PRIORITY input a = invoice.grossAmount output o : text priority (\"medium\", \"small\")\n"
				+ " row < 100 EUR => \"small\"\n row < 1000 EUR => \"medium\"", facts).single().get("o"));
		assertThrows(EvaluationException.class, () -> decide("table t hit UNIQUE" + ROWS, facts));
		assertThrows(EvaluationException.class, () -> decide("table t hit ANY" + ROWS, facts));
		assertEquals("x", decide("table t hit ANY input a = invoice.grossAmount output o : text\n row < 100 EUR => \"x\"\n row < 60 EUR => \"x\"",
				facts).single().get("o"));
		assertEquals("any", decide("table t hit UNIQUE input a = invoice.grossAmount output o : text\n row >= 100 EUR => \"big\"\n"
				+ " row < 100 EUR => \"any\"", facts).single().get("o"));
		assertNull(decide("table t hit UNIQUE input a = invoice.grossAmount output o : text\n row > 100 EUR => \"big\"", facts).value());
	}

	@Test
	void collectAggregates() throws IOException {
		Map<String, Object> facts = invoice("500", "PAID");
		String rows = " input a = invoice.grossAmount output fee : money\n row > 0 EUR => 1 EUR\n row > 100 EUR => 2 EUR\n"
				+ " row > 1000 EUR => 4 EUR";
		assertEquals(Money.of("3", "EUR"), decide("table t hit COLLECT sum" + rows, facts).value());
		assertEquals(Money.of("1", "EUR"), decide("table t hit COLLECT min" + rows, facts).value());
		assertEquals(Money.of("2", "EUR"), decide("table t hit COLLECT max" + rows, facts).value());
		assertEquals(new BigDecimal("2"), decide("table t hit COLLECT count" + rows, facts).value());
		assertEquals(BigDecimal.ZERO, decide("table t hit COLLECT sum" + rows, invoice("-1", "PAID")).value());
	}

	@Test
	void ruleSetsFireByPriorityAndStopAtARejection() throws IOException {
		RuleFile file = RulesFixture.model(temp, RulesFixture.HEADER + """
				constraint positive for invoice-to-payment.validate-invoice require invoice.grossAmount > 0 EUR otherwise error not-positive "must be positive"
				approval a for invoice-to-payment.validate-invoice approve by budget-owner when invoice.grossAmount > 1000 EUR
				rule mark for invoice-to-payment.validate-invoice when invoice.status = "CAPTURED" then set invoice.status = "VALIDATED"
				rule huge for invoice-to-payment.validate-invoice priority 9 when invoice.grossAmount > 100000 EUR then reject too-big "too big"
				rule heads-up for invoice-to-payment.validate-invoice priority 5 when true then notify treasurer "look"
				""");
		Task task = ((Rule) file.getDeclarations().get(3)).getTask();
		Map<String, Object> facts = invoice("5000", "CAPTURED");
		Outcome outcome = RuleEngine.run(file, task, facts, new Evaluator(facts));
		assertEquals(List.of("heads-up", "mark"), outcome.firedRules());
		assertEquals(List.of("budget-owner"), outcome.approvals());
		assertEquals("VALIDATED", ((Map<?, ?>) facts.get("invoice")).get("status"));
		Map<String, Object> big = invoice("200000", "CAPTURED");
		Outcome rejected = RuleEngine.run(file, task, big, new Evaluator(big));
		assertEquals(List.of("huge"), rejected.firedRules());
		assertEquals("too-big", rejected.rejection().code());
		Map<String, Object> negative = invoice("-5", "RECEIVED");
		assertTrue(RuleEngine.run(file, task, negative, new Evaluator(negative)).violations().stream()
				.anyMatch(violation -> violation.code().equals("not-positive")));
	}

	@Test
	void computedValuesThatDependOnThemselvesFailClearly() throws IOException {
		RuleFile file = RulesFixture.model(temp, RulesFixture.HEADER + "computed a : number = b\ncomputed b : number = a\n");
		EvaluationException failure = assertThrows(EvaluationException.class,
				() -> new Evaluator(Map.of()).evaluate(((Computed) file.getDeclarations().get(1)).getValue()));
		assertTrue(failure.getMessage().contains("cyclic"), failure.getMessage());
	}
}
