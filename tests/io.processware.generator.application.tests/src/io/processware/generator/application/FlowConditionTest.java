package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Conditions on sequence flows: parsed, compiled to Java, and evaluated as the generated service does. */
class FlowConditionTest {

	private static boolean holds(String condition, Map<String, Object> variables) {
		return FlowCondition.parse(condition).holds(variables::get);
	}

	@Test
	void comparesTextNumbersAndYesNo() {
		assertTrue(holds("decision == APPROVED", Map.of("decision", "APPROVED")));
		assertFalse(holds("decision = APPROVED", Map.of("decision", "REJECTED")));
		assertTrue(holds("approvalLevel != NONE", Map.of()), "an absent value differs from everything");
		assertFalse(holds("approvalLevel = NONE", Map.of()), "and equals nothing");
		assertTrue(holds("amount >= 1000", Map.of("amount", new BigDecimal("1000.00"))));
		assertFalse(holds("amount < 1000", Map.of("amount", "cheap")), "text does not compare with numbers");
		assertTrue(holds("validation.passed", Map.of("validation.passed", Boolean.TRUE)));
		assertTrue(holds("not urgent and (risk < 3 or override)", Map.of("risk", 5, "override", true)));
		assertFalse(holds("!urgent && risk < 3 || false", Map.of("urgent", true, "risk", 1)));
		assertTrue(holds("country = 'CH'", Map.of("country", "CH")));
	}

	@Test
	void compilesToJavaOverTheVariables() {
		assertEquals("(FlowConditions.equal(variables.get(\"verdict\"), \"ACCEPT\") && FlowConditions.compare("
				+ "variables.get(\"risk\"), new java.math.BigDecimal(\"3\"), \"<\"))",
				FlowCondition.parse("verdict = 'ACCEPT' and risk < 3").java());
		assertEquals("!(FlowConditions.truthy(variables.get(\"urgent\")))", FlowCondition.parse("not urgent").java());
	}

	@Test
	void reportsTheVariablesAndTheConstantsTheyAreComparedWith() {
		FlowCondition condition = FlowCondition.parse("level != NONE and amount > 10 or approved");
		assertEquals(Set.of("level", "amount", "approved"), condition.variables());
		assertEquals(Map.of("level", List.of("NONE"), "amount", List.of(new BigDecimal("10"))), condition.comparedConstants());
	}

	@Test
	void badConditionsNameTheColumn() {
		assertEquals("unexpected '?' at column 7 of condition 'level ? 3'",
				assertThrows(IllegalArgumentException.class, () -> FlowCondition.parse("level ? 3")).getMessage());
		assertEquals("condition 'level =' ends where a value was expected",
				assertThrows(IllegalArgumentException.class, () -> FlowCondition.parse("level =")).getMessage());
		assertEquals("unterminated text at column 9 of condition 'level = \"HIGH'",
				assertThrows(IllegalArgumentException.class, () -> FlowCondition.parse("level = \"HIGH")).getMessage());
		assertEquals("unexpected ')' at column 9 of condition 'level = )'",
				assertThrows(IllegalArgumentException.class, () -> FlowCondition.parse("level = )")).getMessage());
	}
}
