package io.processware.rules.interpreter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import io.processware.model.solution.NamedElement;
import io.processware.rules.rules.Between;
import io.processware.rules.rules.Binary;
import io.processware.rules.rules.BooleanLiteral;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.DateLiteral;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.Fact;
import io.processware.rules.rules.FunctionCall;
import io.processware.rules.rules.InTest;
import io.processware.rules.rules.ListLiteral;
import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.MemberAccess;
import io.processware.rules.rules.Negation;
import io.processware.rules.rules.Not;
import io.processware.rules.rules.NumberLiteral;
import io.processware.rules.rules.StringLiteral;
import io.processware.rules.rules.SymbolRef;

/**
 * Evaluates expressions on input data. Facts are looked up by name in a map; an entity instance is a
 * map from member names (as in the model: netAmount) to values; a list is a java.util.List. Computed
 * values and decision tables are evaluated once per evaluator and remembered; LLM slots are answered
 * by the caller's {@code slotAnswers} (the interpreter never calls a model itself).
 */
public final class Evaluator {

	private final Map<String, Object> facts;
	private final LocalDate today;
	private final Function<LlmSlot, Map<String, Object>> slotAnswers;
	private final Map<EObject, Object> remembered = new HashMap<>();
	private final Set<EObject> inProgress = new LinkedHashSet<>();

	public Evaluator(Map<String, Object> facts, LocalDate today, Function<LlmSlot, Map<String, Object>> slotAnswers) {
		this.facts = facts;
		this.today = today;
		this.slotAnswers = slotAnswers;
	}

	public Evaluator(Map<String, Object> facts) {
		this(facts, LocalDate.now(), slot -> {
			throw new EvaluationException("LLM slot " + slot.getName() + " has no answer in this evaluation");
		});
	}

	public LocalDate today() {
		return today;
	}

	/** @return whether a condition holds; a missing value makes it false */
	public boolean test(Expression condition) {
		return Values.truth(evaluate(condition));
	}

	public Object evaluate(Expression expression) {
		if (expression instanceof NumberLiteral number) {
			return literal(number);
		}
		if (expression instanceof StringLiteral text) {
			return text.getValue();
		}
		if (expression instanceof BooleanLiteral bool) {
			return bool.isValue();
		}
		if (expression instanceof DateLiteral date) {
			return date(date.getValue());
		}
		if (expression instanceof SymbolRef ref) {
			return symbol(ref.getSymbol());
		}
		if (expression instanceof MemberAccess access) {
			return member(evaluate(access.getReceiver()), access.getMember());
		}
		if (expression instanceof Not not) {
			Object operand = evaluate(not.getOperand());
			return operand == null ? null : !Values.truth(operand);
		}
		if (expression instanceof Negation negation) {
			return Values.negate(evaluate(negation.getOperand()));
		}
		if (expression instanceof Binary binary) {
			return binary(binary);
		}
		if (expression instanceof InTest in) {
			Object value = evaluate(in.getValue());
			boolean found = Values.list(evaluate(in.getValues())).stream().anyMatch(candidate -> Values.same(value, candidate));
			return value == null ? null : found != in.isNegated();
		}
		if (expression instanceof Between between) {
			Object value = evaluate(between.getValue());
			Object low = evaluate(between.getLow());
			Object high = evaluate(between.getHigh());
			if (value == null || low == null || high == null) {
				return null;
			}
			return Values.compare(value, low) >= 0 && Values.compare(value, high) <= 0;
		}
		if (expression instanceof ListLiteral list) {
			List<Object> values = new ArrayList<>();
			list.getElements().forEach(element -> values.add(evaluate(element)));
			return values;
		}
		if (expression instanceof FunctionCall call) {
			List<Object> arguments = new ArrayList<>();
			call.getArguments().forEach(argument -> arguments.add(evaluate(argument)));
			return BuiltIns.call(call.getFunction(), arguments, today);
		}
		throw new EvaluationException("cannot evaluate " + (expression == null ? "a missing expression" : expression.eClass().getName()));
	}

	static Object literal(NumberLiteral number) {
		BigDecimal value = number.getValue();
		if (number.getCurrency() != null) {
			return new Money(value, number.getCurrency());
		}
		if (number.getUnit() != null) {
			return Span.of(value.setScale(0, RoundingMode.UNNECESSARY).longValueExact(), number.getUnit());
		}
		return value;
	}

	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new EvaluationException("not a date (yyyy-mm-dd): " + text);
		}
	}

	private Object binary(Binary binary) {
		String op = binary.getOp();
		if ("and".equals(op)) {
			// false wins over a missing value, as in FEEL
			Object left = evaluate(binary.getLeft());
			if (Boolean.FALSE.equals(left)) {
				return false;
			}
			Object right = evaluate(binary.getRight());
			return Boolean.FALSE.equals(right) ? Boolean.FALSE : left == null || right == null ? null : Boolean.TRUE;
		}
		if ("or".equals(op)) {
			Object left = evaluate(binary.getLeft());
			if (Boolean.TRUE.equals(left)) {
				return true;
			}
			Object right = evaluate(binary.getRight());
			return Boolean.TRUE.equals(right) ? Boolean.TRUE : left == null || right == null ? null : Boolean.FALSE;
		}
		Object left = evaluate(binary.getLeft());
		Object right = evaluate(binary.getRight());
		return switch (op) {
			case "=" -> Values.same(left, right);
			case "!=" -> !Values.same(left, right);
			case "<" -> left == null || right == null ? null : Values.compare(left, right) < 0;
			case "<=" -> left == null || right == null ? null : Values.compare(left, right) <= 0;
			case ">" -> left == null || right == null ? null : Values.compare(left, right) > 0;
			case ">=" -> left == null || right == null ? null : Values.compare(left, right) >= 0;
			default -> Values.arithmetic(op, left, right);
		};
	}

	/** @return the value of a fact, computed value, decision table or LLM slot */
	public Object symbol(EObject symbol) {
		if (symbol == null || symbol.eIsProxy()) {
			throw new EvaluationException("unresolved reference");
		}
		if (symbol instanceof Fact fact) {
			return Values.normalize(facts.get(fact.getName()));
		}
		if (remembered.containsKey(symbol)) {
			return remembered.get(symbol);
		}
		if (!inProgress.add(symbol)) {
			throw new EvaluationException("cyclic computed values: " + names(inProgress));
		}
		try {
			Object value;
			if (symbol instanceof Computed computed) {
				value = evaluate(computed.getValue());
			} else if (symbol instanceof DecisionTable table) {
				value = DecisionTables.decide(table, this).value();
			} else if (symbol instanceof LlmSlot slot) {
				value = slotAnswers.apply(slot);
			} else {
				throw new EvaluationException("cannot evaluate " + symbol.eClass().getName());
			}
			remembered.put(symbol, value);
			return value;
		} finally {
			inProgress.remove(symbol);
		}
	}

	private static String names(Set<EObject> symbols) {
		List<String> names = new ArrayList<>();
		symbols.forEach(symbol -> names.add(SimpleAttributeResolver.NAME_RESOLVER.apply(symbol)));
		return String.join(" -> ", names);
	}

	private static Object member(Object receiver, EObject member) {
		if (receiver == null) {
			return null;
		}
		String name = member instanceof NamedElement named ? named.getName() : SimpleAttributeResolver.NAME_RESOLVER.apply(member);
		if (receiver instanceof List<?> list) {
			// navigation through a list yields the list of the members, flattened
			List<Object> values = new ArrayList<>();
			for (Object element : list) {
				Object value = member(element, member);
				if (value instanceof List<?> inner) {
					values.addAll(inner);
				} else if (value != null) {
					values.add(value);
				}
			}
			return values;
		}
		if (receiver instanceof Map<?, ?> map) {
			return Values.normalize(map.get(name));
		}
		throw new EvaluationException("cannot read ." + name + " of " + Values.describe(receiver));
	}
}
