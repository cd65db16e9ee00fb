package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.rules.interpreter.DecisionTables;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.Money;
import io.processware.rules.interpreter.Span;
import io.processware.rules.rules.DecisionTable;

/**
 * The Java the application generator writes for decision tables agrees with the rules language's
 * interpreter: every hit policy, on a few hundred random inputs (boundaries and missing values
 * included), errors included. The generated classes are compiled with the JDK's compiler and loaded.
 */
class DecisionTableAgreementTest {

	private static final int INPUTS = 300;
	private static final String PACKAGE = "app.invoiceprocessing.rules.";

	@TempDir
	static Path temp;

	private static List<DecisionTable> tables;
	private static ClassLoader generated;

	@BeforeAll
	static void generateAndCompile() throws IOException {
		Path solution = Files.createDirectories(temp.resolve("solution"));
		Path fixtures = Path.of(System.getProperty("processware.repository"))
				.resolve("tests/io.processware.generator.application.tests/fixtures");
		Files.copy(fixtures.resolve("hit-policies.rules"), solution.resolve("hit-policies.rules"));
		Path out = temp.resolve("generated");
		new ApplicationGenerator().generate(SampleSolutions.invoicing(), solution, "hash", out);
		tables = RulesFiles.decisionTables(solution);

		List<Path> sources;
		try (Stream<Path> files = Files.list(out.resolve("src-gen/main/java/app/invoiceprocessing/rules"))) {
			// the tables and the values they compare need nothing else; the rules files' classes need the entities
			sources = files.filter(file -> file.getFileName().toString()
					.matches(".*Table\\.java|MoneyValue\\.java|DurationValue\\.java|DecisionValues\\.java")).sorted().toList();
		}
		Path classes = Files.createDirectories(temp.resolve("classes"));
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none"));
		sources.forEach(source -> arguments.add(source.toString()));
		assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)), "generated rules code compiles");
		generated = new URLClassLoader(new URL[] { classes.toUri().toURL() }, ClassLoader.getPlatformClassLoader());
	}

	@Test
	void everyTableIsGenerated() {
		assertEquals(List.of("unique-level", "unique-overlapping", "first-discount", "priority-route", "any-flag",
				"collect-fees", "collect-count", "collect-smallest", "collect-all", "lead-discount"),
				tables.stream().map(DecisionTable::getName).toList());
	}

	@Test
	void generatedJavaAgreesWithTheInterpreterOnRandomInputs() throws Exception {
		Random random = new Random(20261121);
		int errors = 0;
		for (int i = 0; i < INPUTS; i++) {
			Map<String, Object> facts = randomFacts(random);
			for (DecisionTable table : tables) {
				String expected = interpret(table, facts);
				String actual = runGenerated(table, facts);
				assertEquals(expected, actual, () -> "table " + table.getName() + " on " + facts);
				errors += expected.equals("error") ? 1 : 0;
			}
		}
		assertTrue(errors > 0, "the overlapping UNIQUE and ANY tables must fail on some inputs, in both");
	}

	private static Map<String, Object> randomFacts(Random random) {
		Map<String, Object> facts = new LinkedHashMap<>();
		String[] amounts = { "999.99", "1000", "1000.00", "1000.01", "5000", "5000.01", "10000", "10000.01", "0", "100",
				"-5", "99.99" };
		facts.put("amount", random.nextInt(10) == 0 ? null
				: Money.of(random.nextBoolean() ? amounts[random.nextInt(amounts.length)]
						: BigDecimal.valueOf(random.nextInt(2_000_000), 2).toPlainString(), "EUR"));
		String[] categories = { "wholesale", "staff", "partner", "retail", "public" };
		facts.put("category", random.nextInt(10) == 0 ? null : categories[random.nextInt(categories.length)]);
		int[] quantities = { 0, 10, 11, 20, 21, 29, 30, 99, 100, 101 };
		facts.put("quantity", random.nextInt(10) == 0 ? null
				: BigDecimal.valueOf(random.nextBoolean() ? quantities[random.nextInt(quantities.length)]
						: random.nextInt(160) - 5));
		long[] days = { 0, 1, 6, 7, 9, 10, 30, 31 };
		facts.put("lead", random.nextInt(10) == 0 ? null
				: Span.days(random.nextBoolean() ? days[random.nextInt(days.length)] : random.nextInt(45)));
		return facts;
	}

	private static String interpret(DecisionTable table, Map<String, Object> facts) throws ReflectiveOperationException {
		Object value;
		try {
			value = DecisionTables.decide(table, new Evaluator(facts)).value();
		} catch (RuntimeException e) {
			return "error";
		}
		return normalize(value);
	}

	private static String runGenerated(DecisionTable table, Map<String, Object> facts) throws Exception {
		Class<?> type = generated.loadClass(PACKAGE + Names.javaType(table.getName()) + "Table");
		Method decide = List.of(type.getMethods()).stream().filter(m -> m.getName().equals("decide")).findFirst()
				.orElseThrow();
		Object[] inputs = table.getInputs().stream().map(input -> toGenerated(facts.get(factOf(input.getName()))))
				.toArray();
		try {
			return normalize(decide.invoke(null, inputs));
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException) {
				return "error";
			}
			throw e;
		}
	}

	/** The fixture's inputs are named after the first letter of the fact they read. */
	private static String factOf(String input) {
		return switch (input) {
			case "a" -> "amount";
			case "c" -> "category";
			case "l" -> "lead";
			default -> "quantity";
		};
	}

	private static Object toGenerated(Object value) {
		if (value instanceof Money money) {
			try {
				return generated.loadClass(PACKAGE + "MoneyValue").getMethod("of", String.class, String.class)
						.invoke(null, money.amount().toPlainString(), money.currency());
			} catch (ReflectiveOperationException e) {
				throw new AssertionError(e);
			}
		}
		if (value instanceof Span span) {
			try {
				return generated.loadClass(PACKAGE + "DurationValue").getConstructor(long.class, long.class)
						.newInstance(Long.valueOf(span.months()), Long.valueOf(span.minutes()));
			} catch (ReflectiveOperationException e) {
				throw new AssertionError(e);
			}
		}
		return value;
	}

	/** One text for the interpreter's maps and values and the generated records and values. */
	private static String normalize(Object value) throws ReflectiveOperationException {
		if (value == null) {
			return "null";
		}
		if (value instanceof BigDecimal number) {
			return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof List<?> list) {
			List<String> members = new ArrayList<>();
			for (Object member : list) {
				members.add(normalize(member));
			}
			return members.toString();
		}
		if (value instanceof Map<?, ?> map) {
			List<String> entries = new ArrayList<>();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				entries.add(entry.getKey() + "=" + normalize(entry.getValue()));
			}
			return "{" + String.join(", ", entries) + "}";
		}
		if (value instanceof Money money) {
			return normalize(money.amount()) + " " + money.currency();
		}
		if (value.getClass().getSimpleName().equals("MoneyValue")) {
			RecordComponent[] parts = value.getClass().getRecordComponents();
			return normalize(parts[0].getAccessor().invoke(value)) + " " + parts[1].getAccessor().invoke(value);
		}
		if (value instanceof Record record) {
			List<String> entries = new ArrayList<>();
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				entries.add(component.getName() + "=" + normalize(component.getAccessor().invoke(record)));
			}
			return entries.stream().collect(Collectors.joining(", ", "{", "}"));
		}
		return value.toString();
	}
}
