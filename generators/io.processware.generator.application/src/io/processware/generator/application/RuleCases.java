package io.processware.generator.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.AttributeType;
import io.processware.model.domain.Cardinality;
import io.processware.model.domain.Entity;
import io.processware.model.domain.Relationship;
import io.processware.model.process.Task;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.Money;
import io.processware.rules.interpreter.Outcome;
import io.processware.rules.interpreter.RuleEngine;
import io.processware.rules.interpreter.Span;
import io.processware.rules.rules.Approval;
import io.processware.rules.rules.ApprovalStep;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.Constraint;
import io.processware.rules.rules.DateLiteral;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Declaration;
import io.processware.rules.rules.Fact;
import io.processware.rules.rules.NumberLiteral;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.RuleFile;
import io.processware.rules.rules.SetAction;
import io.processware.rules.rules.StringLiteral;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.Types;

/**
 * Derives the generated service's rule tests from the rules interpreter, at generation time. Facts
 * are drawn at random (seeded: the same model gives the same tests) from values that matter to the
 * rules file: its own constants and their neighbours, the enumerations' literals, dates around a
 * fixed "today", missing values. For every constraint, rule and approval step the first facts that
 * make it count (violated, fired, requiring the role) become a test whose expected answer is the
 * interpreter's; a declaration for which none is found gets no test rather than a wrong one. The
 * agreement cases are simply the first random facts, with every task's outcome and every computed
 * value and table.
 */
final class RuleCases {

	/** The "today" of every generated rule test (the generated tests pass the same date). */
	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final int AGREEMENT_CASES = 120;
	private static final int SEARCH = 4000;
	private static final int DEPTH = 2;

	private final RuleFile file;
	private final Random random;
	private final List<Money> money = new ArrayList<>();
	private final List<BigDecimal> numbers = new ArrayList<>();
	private final List<String> texts = new ArrayList<>();
	private final List<LocalDate> dates = new ArrayList<>();
	private final List<Span> spans = new ArrayList<>();
	private final Map<String, Task> tasks = new LinkedHashMap<>();
	/** What the set actions write, by their text, in the order the generated class reads them back. */
	private final Map<String, io.processware.rules.rules.Expression> written = new LinkedHashMap<>();

	RuleCases(RuleFile file, String name) {
		this.file = file;
		this.random = new Random(20261121L ^ name.hashCode());
		collectConstants();
		for (Rule rule : RuleEngine.firingOrder(file, null)) {
			rule.getActions().stream().filter(SetAction.class::isInstance).map(SetAction.class::cast)
					.forEach(set -> written.putIfAbsent(RuleLocations.text(set.getTarget()).strip(), set.getTarget()));
		}
	}

	/** @return the model with its tests' examples and agreement cases, or unchanged when a fact cannot be built in a test */
	static RuleFileModel addTo(RuleFileModel model, DomainLookup entities) {
		if (model.facts().stream().anyMatch(fact -> fact.reader() == null)) {
			return model;
		}
		RuleCases cases = new RuleCases(model.source(), model.name());
		List<String> runs = new ArrayList<>();
		runs.add("");
		runs.addAll(cases.tasks.keySet());
		List<String> values = new ArrayList<>();
		for (Declaration declaration : model.source().getDeclarations()) {
			if (declaration instanceof Computed computed && printable(Types.ofSymbol(computed))) {
				values.add(model.computed().stream().filter(c -> c.name().equals(computed.getName())).findFirst()
						.orElseThrow().method() + "()");
			} else if (declaration instanceof DecisionTable table) {
				values.add(model.tables().stream().filter(t -> t.table().source() == table).findFirst().orElseThrow()
						.method() + "()");
			}
		}
		return new RuleFileModel(model.source(), model.name(), model.className(), model.facts(), model.computed(),
				model.tables(), model.slots(), model.constraints(), model.approvals(), model.rules(), model.written(),
				model.serviceLevels(), cases.examples(), cases.agreement(), runs, values, cases.apiExamples(model, entities),
				cases.readsToday());
	}

	private void collectConstants() {
		Evaluator constants = new Evaluator(Map.of());
		file.eAllContents().forEachRemaining(element -> {
			if (element instanceof NumberLiteral || element instanceof StringLiteral || element instanceof DateLiteral) {
				Object value;
				try {
					value = constants.evaluate((io.processware.rules.rules.Expression) element);
				} catch (RuntimeException e) {
					return;
				}
				if (value instanceof Money m) {
					money.add(m);
					money.add(new Money(m.amount().add(new BigDecimal("0.01")), m.currency()));
					money.add(new Money(m.amount().subtract(new BigDecimal("0.01")), m.currency()));
				} else if (value instanceof BigDecimal n) {
					numbers.addAll(List.of(n, n.add(BigDecimal.ONE), n.subtract(BigDecimal.ONE)));
				} else if (value instanceof String s) {
					texts.add(s);
				} else if (value instanceof LocalDate d) {
					dates.addAll(List.of(d, d.plusDays(1), d.minusDays(1)));
				} else if (value instanceof Span s) {
					spans.addAll(List.of(s, new Span(s.months(), s.minutes() + 24 * 60), new Span(s.months(), s.minutes() - 24 * 60)));
				}
			}
			if (element instanceof Constraint c && c.getTask() != null) {
				tasks.putIfAbsent(c.getTask().getId(), c.getTask());
			} else if (element instanceof Rule r && r.getTask() != null) {
				tasks.putIfAbsent(r.getTask().getId(), r.getTask());
			} else if (element instanceof Approval a && a.getTask() != null) {
				tasks.putIfAbsent(a.getTask().getId(), a.getTask());
			}
		});
		String currency = money.isEmpty() || money.get(0).currency() == null ? "EUR" : money.get(0).currency();
		for (String amount : List.of("0", "1", "100.50", "1000", "250", "-1")) {
			money.add(Money.of(amount, currency));
		}
		numbers.addAll(List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("2.5")));
		texts.addAll(List.of("", "x", "other"));
		dates.addAll(List.of(TODAY, TODAY.minusDays(1), TODAY.plusDays(1), TODAY.minusDays(30), TODAY.plusDays(30),
				TODAY.minusDays(366), TODAY.minusDays(400)));
		spans.addAll(List.of(Span.days(0), Span.days(1), Span.days(10), Span.of(1, "month")));
	}

	// ---- the tests: one per constraint, rule and approval step

	private List<RuleExample> examples() {
		List<RuleExample> examples = new ArrayList<>();
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration instanceof Constraint constraint) {
				find("constraint" + Names.javaType(constraint.getName()), constraint.getTask(),
						outcome -> outcome.violations().stream().anyMatch(v -> v.code().equals(constraint.getErrorCode())),
						examples);
			} else if (declaration instanceof Rule rule) {
				find("rule" + Names.javaType(rule.getName()), rule.getTask(),
						outcome -> outcome.firedRules().contains(rule.getName()), examples);
			} else if (declaration instanceof Approval approval) {
				for (ApprovalStep step : approval.getSteps()) {
					String role = RuleFileCompiler.id(step.getRole());
					find("approval" + Names.javaType(approval.getName()) + "By" + Names.javaType(role), approval.getTask(),
							outcome -> outcome.approvals().contains(role), examples);
				}
			}
		}
		return examples;
	}

	private void find(String test, Task task, Predicate<Outcome> counts, List<RuleExample> examples) {
		if (examples.stream().anyMatch(example -> example.test().equals(test))) {
			return;
		}
		for (int i = 0; i < SEARCH; i++) {
			Map<String, Object> facts = facts();
			Map<String, Object> copy = copy(facts);
			Outcome outcome;
			String expected;
			try {
				outcome = RuleEngine.run(file, task, copy, new Evaluator(copy, TODAY, slot -> Map.of()));
				expected = text(outcome, copy);
			} catch (RuntimeException e) {
				continue;
			}
			if (counts.test(outcome)) {
				examples.add(new RuleExample(test, task == null ? null : task.getId(), RuleFileCompiler.string(Json.of(facts)),
						RuleFileCompiler.string(expected), RuleFileCompiler.string(VariablesJson.of(facts)),
						RuleFileCompiler.string(stepText(outcome))));
				return;
			}
		}
	}

	// ---- the API's invariants: an entity that passes bean validation but breaks the invariant

	private List<RuleFileModel.ApiExample> apiExamples(RuleFileModel model, DomainLookup entities) {
		List<RuleFileModel.ApiExample> examples = new ArrayList<>();
		for (Declaration declaration : file.getDeclarations()) {
			if (!(declaration instanceof Constraint constraint) || constraint.getTask() != null
					|| readsRelationship(constraint)) {
				continue;
			}
			RuleFileModel.ConstraintModel compiled = model.constraints().stream()
					.filter(c -> c.name().equals(constraint.getName())).findFirst().orElseThrow();
			if (compiled.invariantOf() == null || !compiled.error()) {
				continue;
			}
			Fact fact = file.getDeclarations().stream().filter(Fact.class::isInstance).map(Fact.class::cast)
					.filter(f -> model.facts().stream().anyMatch(m -> m.name().equals(f.getName())
							&& m.field().equals(compiled.invariantOf())))
					.findFirst().orElseThrow();
			Entity entity = ((RulesType.EntityType) Types.of(fact.getType())).entity();
			EntityModel generated = entities.entity(entity).orElseThrow();
			for (int i = 0; i < SEARCH; i++) {
				Map<String, Object> facts = facts();
				@SuppressWarnings("unchecked")
				Map<String, Object> values = (Map<String, Object>) facts.get(fact.getName());
				if (values == null || !valid(generated, values)) {
					continue;
				}
				Outcome outcome;
				try {
					outcome = RuleEngine.run(file, null, copy(facts), new Evaluator(copy(facts), TODAY, slot -> Map.of()));
				} catch (RuntimeException e) {
					continue;
				}
				if (outcome.violations().stream().anyMatch(v -> v.code().equals(constraint.getErrorCode()))) {
					examples.add(new RuleFileModel.ApiExample("refuses" + Names.javaType(constraint.getName()),
							generated.className(), generated.collectionPath(),
							RuleFileCompiler.string(ApiJson.of(generated, values)), constraint.getErrorCode()));
					break;
				}
			}
		}
		return examples;
	}

	private static boolean readsRelationship(Constraint constraint) {
		boolean[] found = { false };
		constraint.eAllContents().forEachRemaining(element -> {
			if (element instanceof io.processware.rules.rules.MemberAccess access
					&& access.getMember() instanceof Relationship) {
				found[0] = true;
			}
		});
		return found[0];
	}

	/** Whether the API's bean validation accepts these values (required present, text short enough). */
	private static boolean valid(EntityModel entity, Map<String, Object> values) {
		for (AttributeModel attribute : entity.attributes()) {
			Object value = values.get(attribute.source().getName());
			if (attribute.required() && value == null || value instanceof String text && attribute.maxLength() != null
					&& text.length() > attribute.maxLength()) {
				return false;
			}
			if (value instanceof Money money && (money.currency() == null || !money.currency().matches("[A-Z]{3}"))) {
				return false;
			}
		}
		return true;
	}

	// ---- the agreement cases: random facts, every task's outcome, every value

	private List<RuleExample> agreement() {
		List<RuleExample> cases = new ArrayList<>();
		for (int i = 0; i < AGREEMENT_CASES; i++) {
			Map<String, Object> facts = facts();
			cases.add(new RuleExample("case" + (i + 1), null, RuleFileCompiler.string(Json.of(facts)),
					RuleFileCompiler.string(answers(facts)), null, null));
		}
		return cases;
	}

	/** Every task's outcome (all tasks first), then every computed value and table on fresh facts. */
	private String answers(Map<String, Object> facts) {
		List<String> answers = new ArrayList<>();
		List<Task> runs = new ArrayList<>();
		runs.add(null);
		runs.addAll(tasks.values());
		for (Task task : runs) {
			Map<String, Object> copy = copy(facts);
			String answer;
			try {
				answer = text(RuleEngine.run(file, task, copy, new Evaluator(copy, TODAY, slot -> Map.of())), copy);
			} catch (RuntimeException e) {
				answer = "error";
			}
			answers.add((task == null ? "all" : task.getId()) + ": " + answer);
		}
		Evaluator values = new Evaluator(copy(facts), TODAY, slot -> Map.of());
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration instanceof Computed computed && printable(Types.ofSymbol(computed))
					|| declaration instanceof DecisionTable) {
				String answer;
				try {
					answer = DecisionText.of(values.symbol(declaration));
				} catch (RuntimeException e) {
					answer = "error";
				}
				answers.add(answer);
			}
		}
		return String.join(" | ", answers);
	}

	/** Whether the test helpers print a value of this type the same on both sides (entities they do not). */
	static boolean printable(RulesType type) {
		return type instanceof RulesType.Primitive || type instanceof RulesType.EnumType
				|| type instanceof RulesType.ListType list && printable(list.element());
	}

	/** An outcome as a process step records it in the instance's variables (the generated wiring test prints them so). */
	private static String stepText(Outcome outcome) {
		boolean refused = outcome.rejected() || outcome.violations().stream().anyMatch(Outcome.Violation::error);
		return "passed=" + !refused
				+ " violations=" + outcome.violations().stream().filter(Outcome.Violation::error).map(Outcome.Violation::code).toList()
				+ " warnings=" + outcome.violations().stream().filter(v -> !v.error()).map(Outcome.Violation::code).toList()
				+ " approvals=" + outcome.approvals() + " notifications=" + outcome.notifications()
				+ " fired=" + outcome.firedRules()
				+ " rejection=" + (outcome.rejection() == null ? "null" : outcome.rejection().code()) + " error=null";
	}

	/** Whether the file's rules read today(): a process step takes the real date, the tests a fixed one. */
	boolean readsToday() {
		boolean[] found = { false };
		file.eAllContents().forEachRemaining(element -> found[0] |= element instanceof io.processware.rules.rules.FunctionCall call
				&& "today".equals(call.getFunction()));
		return found[0];
	}

	/** An outcome as the generated test helper prints it, with what the set actions wrote. */
	private String text(Outcome outcome, Map<String, Object> facts) {
		StringBuilder text = new StringBuilder();
		text.append("fired=").append(outcome.firedRules());
		text.append(" violations=").append(outcome.violations().stream()
				.map(v -> v.code() + "/" + (v.error() ? "ERROR" : "WARNING")).toList());
		text.append(" approvals=").append(outcome.approvals());
		text.append(" asked=").append(outcome.askedSlots());
		text.append(" notifications=").append(outcome.notifications());
		text.append(" rejection=").append(outcome.rejection() == null ? "none" : outcome.rejection().code());
		for (Map.Entry<String, io.processware.rules.rules.Expression> target : written.entrySet()) {
			text.append(' ').append(target.getKey()).append('=')
					.append(DecisionText.of(new Evaluator(facts).evaluate(target.getValue())));
		}
		return text.toString();
	}

	// ---- random facts

	private Map<String, Object> facts() {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration instanceof Fact fact) {
				facts.put(fact.getName(), value(Types.of(fact.getType()), 0));
			}
		}
		return facts;
	}

	private Object value(RulesType type, int depth) {
		if (type instanceof RulesType.EntityType entity) {
			return depth > DEPTH ? null : entity(entity.entity(), depth);
		}
		if (type instanceof RulesType.EnumType enumeration) {
			List<String> literals = enumeration.enumeration().getLiterals();
			return literals.get(random.nextInt(literals.size()));
		}
		if (!(type instanceof RulesType.Primitive primitive)) {
			return null;
		}
		return switch (primitive.kind()) {
			case MONEY -> random.nextInt(40) == 0 ? new Money(pick(money).amount(), "USD") : pick(money);
			case NUMBER -> pick(numbers);
			case TEXT -> pick(texts);
			case BOOLEAN -> random.nextBoolean();
			case DATE -> pick(dates);
			case DURATION -> pick(spans);
		};
	}

	private Map<String, Object> entity(Entity entity, int depth) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Attribute attribute : entity.getAttributes()) {
			values.put(attribute.getName(), random.nextInt(10) == 0 ? null : attribute(attribute, depth));
		}
		for (Relationship relationship : entity.getRelationships()) {
			values.put(relationship.getName(), relationship(relationship, depth));
		}
		return values;
	}

	private Object attribute(Attribute attribute, int depth) {
		Object value = value(Types.ofAttribute(attribute), depth);
		if (attribute.getType() == AttributeType.INTEGER && value instanceof BigDecimal number) {
			value = new BigDecimal(number.toBigInteger());
		}
		return value;
	}

	private Object relationship(Relationship relationship, int depth) {
		boolean many = relationship.getCardinality() == Cardinality.ONE_TO_MANY
				|| relationship.getCardinality() == Cardinality.MANY_TO_MANY;
		if (many) {
			List<Object> members = new ArrayList<>();
			int count = depth >= DEPTH ? 0 : random.nextInt(3);
			for (int i = 0; i < count; i++) {
				members.add(entity(relationship.getTarget(), depth + 1));
			}
			return members;
		}
		return depth >= DEPTH || random.nextInt(5) == 0 ? null : entity(relationship.getTarget(), depth + 1);
	}

	// ---- facts for a process step (StepFacts): random ones, and one member of them drawn again

	/** Adds a value the facts must be able to take (a pinned one) to the values drawn from. */
	void consider(Object value) {
		if (value instanceof Money m) {
			money.add(m);
		} else if (value instanceof BigDecimal n) {
			numbers.add(n);
		} else if (value instanceof String t) {
			texts.add(t);
		} else if (value instanceof LocalDate d) {
			dates.add(d);
		} else if (value instanceof Span s) {
			spans.add(s);
		}
	}

	/** @return fresh random facts of the rules file */
	Map<String, Object> randomFacts() {
		return facts();
	}

	/**
	 * Draws one member of the facts again: a fact of a simple type, or one attribute or relationship
	 * of an entity fact (never absent, so a search moves towards facts the rules can evaluate).
	 */
	@SuppressWarnings("unchecked")
	void redraw(Map<String, Object> facts) {
		List<Fact> declared = file.getDeclarations().stream().filter(Fact.class::isInstance).map(Fact.class::cast).toList();
		if (declared.isEmpty()) {
			return;
		}
		Fact fact = pick(declared);
		RulesType type = Types.of(fact.getType());
		if (!(type instanceof RulesType.EntityType entityType) || !(facts.get(fact.getName()) instanceof Map<?, ?>)) {
			facts.put(fact.getName(), value(type, 0));
			return;
		}
		Entity entity = entityType.entity();
		Map<String, Object> values = (Map<String, Object>) facts.get(fact.getName());
		int members = entity.getAttributes().size() + entity.getRelationships().size();
		if (members == 0) {
			return;
		}
		int member = random.nextInt(members);
		if (member < entity.getAttributes().size()) {
			Attribute attribute = entity.getAttributes().get(member);
			values.put(attribute.getName(), attribute(attribute, 0));
		} else {
			Relationship relationship = entity.getRelationships().get(member - entity.getAttributes().size());
			values.put(relationship.getName(), relationship(relationship, 0));
		}
	}

	/** @return a deep copy of facts (set actions write into them) */
	static <T> T copyOf(T facts) {
		return copy(facts);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A deep copy: set actions write into the facts, and every run starts from the same ones. */
	@SuppressWarnings("unchecked")
	private static <T> T copy(T value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, member) -> copy.put((String) key, copy(member)));
			return (T) copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(member -> copy.add(copy(member)));
			return (T) copy;
		}
		return value;
	}

	/** An entity's values as the REST API receives them (attributes only; relationships are ids there). */
	static final class ApiJson {

		private ApiJson() {
		}

		static String of(EntityModel entity, Map<String, Object> values) {
			List<String> members = new ArrayList<>();
			for (AttributeModel attribute : entity.attributes()) {
				Object value = values.get(attribute.source().getName());
				if (value == null) {
					continue;
				}
				String json;
				if (value instanceof Money money) {
					json = "{\"amount\":" + money.amount().toPlainString() + ",\"currency\":" + Json.of(money.currency()) + "}";
				} else if (attribute.isEnumeration()) {
					json = Json.of(Names.javaConstant((String) value));
				} else if (value instanceof BigDecimal number) {
					json = number.toPlainString();
				} else if (value instanceof Boolean bool) {
					json = bool.toString();
				} else if (value instanceof LocalDate date && attribute.javaType().equals("java.time.Instant")) {
					json = Json.of(date + "T00:00:00Z");
				} else {
					json = Json.of(value);
				}
				members.add(Json.of(attribute.field()) + ":" + json);
			}
			return "{" + String.join(",", members) + "}";
		}
	}

	/** Facts as process variables: money {amount, currency} with the amount as text, numbers as numbers, durations {months, minutes}. */
	static final class VariablesJson {

		private VariablesJson() {
		}

		static String of(Object value) {
			return Json.of(value, VariablesJson::leaf);
		}

		private static String leaf(Object value) {
			if (value instanceof Money m) {
				return "{\"amount\":" + Json.quote(m.amount().toPlainString()) + ",\"currency\":" + Json.of(m.currency()) + "}";
			}
			if (value instanceof BigDecimal n) {
				return n.toPlainString();
			}
			if (value instanceof Span s) {
				return "{\"months\":" + s.months() + ",\"minutes\":" + s.minutes() + "}";
			}
			return value instanceof Boolean b ? b.toString() : Json.quote(value.toString());
		}
	}

	/** Facts as JSON for the generated tests: money "12.50 EUR", dates ISO, everything else as text. */
	static final class Json {

		private Json() {
		}

		static String of(Object value) {
			return of(value, Json::leaf);
		}

		/** Objects and arrays as JSON, everything else as the leaf function writes it. */
		static String of(Object value, java.util.function.Function<Object, String> leaf) {
			if (value == null) {
				return "null";
			}
			if (value instanceof Map<?, ?> map) {
				List<String> members = new ArrayList<>();
				map.forEach((key, member) -> members.add(quote(String.valueOf(key)) + ":" + of(member, leaf)));
				return "{" + String.join(",", members) + "}";
			}
			if (value instanceof List<?> list) {
				List<String> members = new ArrayList<>();
				list.forEach(member -> members.add(of(member, leaf)));
				return "[" + String.join(",", members) + "]";
			}
			return leaf.apply(value);
		}

		private static String leaf(Object value) {
			if (value instanceof Money m) {
				return quote(m.amount().toPlainString() + " " + m.currency());
			}
			if (value instanceof BigDecimal n) {
				return quote(n.toPlainString());
			}
			if (value instanceof Span s) {
				return quote(s.months() + " " + s.minutes());
			}
			return quote(value.toString());
		}

		static String quote(String text) {
			StringBuilder json = new StringBuilder("\"");
			for (char c : text.toCharArray()) {
				switch (c) {
					case '"' -> json.append("\\\"");
					case '\\' -> json.append("\\\\");
					case '\n' -> json.append("\\n");
					default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
				}
			}
			return json.append('"').toString();
		}
	}
}
