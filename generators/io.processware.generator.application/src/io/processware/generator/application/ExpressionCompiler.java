package io.processware.generator.application;

import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.processware.generator.GenerationException;
import io.processware.model.domain.Attribute;
import io.processware.model.domain.Relationship;
import io.processware.rules.interpreter.Evaluator;
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
import io.processware.rules.rules.SchemaField;
import io.processware.rules.rules.StringLiteral;
import io.processware.rules.rules.SymbolRef;
import io.processware.rules.rules.TableOutput;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.Types;

/**
 * Compiles a rules expression to a Java expression of the generated service: an {@code Object} in
 * the rules language's representation, computed by the generated {@code RuleValues} with the very
 * operations of the interpreter (null propagation, FEEL's and/or, money, durations, dates). Symbols
 * become members of the rules file's generated class; navigation becomes getter calls on the JPA
 * entities, the types of which the rules language's type system knows.
 */
final class ExpressionCompiler {

	private static final Evaluator CONSTANTS = new Evaluator(Map.of());

	private final String where;
	private final String domainPackage;
	private final DomainLookup entities;
	private final Map<EObject, String> symbols;
	private final Map<DecisionTable, DecisionTableModel> tables;

	/**
	 * @param where    the rules file, for messages
	 * @param domainPackage the Java package of the generated entities
	 * @param entities the generated entities by model element
	 * @param symbols  per fact, computed value, table and slot: its Java reading ({@code invoice},
	 *                 {@code expectedGross()})
	 * @param tables   the compiled decision tables
	 */
	ExpressionCompiler(String where, String domainPackage, DomainLookup entities,
			Map<EObject, String> symbols, Map<DecisionTable, DecisionTableModel> tables) {
		this.where = where;
		this.domainPackage = domainPackage;
		this.entities = entities;
		this.symbols = symbols;
		this.tables = tables;
	}

	/** @return a Java expression computing the value as the interpreter does */
	String value(Expression expression) {
		if (expression instanceof NumberLiteral || expression instanceof StringLiteral
				|| expression instanceof BooleanLiteral || expression instanceof DateLiteral) {
			return DecisionTableCompiler.literal(null, CONSTANTS.evaluate(expression));
		}
		if (expression instanceof SymbolRef ref) {
			String reading = symbols.get(ref.getSymbol());
			if (reading == null) {
				throw fail(expression, "an unresolved name");
			}
			return ref.getSymbol() instanceof Fact ? "DomainValues.of(" + reading + ")" : reading;
		}
		if (expression instanceof MemberAccess access) {
			return "RuleValues.member(" + value(access.getReceiver()) + ", " + reader(access) + ")";
		}
		if (expression instanceof Not not) {
			return "RuleValues.not(" + value(not.getOperand()) + ")";
		}
		if (expression instanceof Negation negation) {
			return "RuleValues.negate(" + value(negation.getOperand()) + ")";
		}
		if (expression instanceof Binary binary) {
			if ("and".equals(binary.getOp()) || "or".equals(binary.getOp())) {
				return "RuleValues." + binary.getOp() + "(" + value(binary.getLeft()) + ", () -> "
						+ value(binary.getRight()) + ")";
			}
			return "RuleValues.operate(\"" + binary.getOp() + "\", " + value(binary.getLeft()) + ", "
					+ value(binary.getRight()) + ")";
		}
		if (expression instanceof InTest in) {
			return "RuleValues.in(" + value(in.getValue()) + ", " + value(in.getValues()) + ", " + in.isNegated() + ")";
		}
		if (expression instanceof Between between) {
			return "RuleValues.between(" + value(between.getValue()) + ", " + value(between.getLow()) + ", "
					+ value(between.getHigh()) + ")";
		}
		if (expression instanceof ListLiteral list) {
			return "RuleValues.listOf(" + list.getElements().stream().map(this::value).collect(Collectors.joining(", "))
					+ ")";
		}
		if (expression instanceof FunctionCall call) {
			StringBuilder java = new StringBuilder("RuleValues.call(\"" + call.getFunction() + "\", today");
			call.getArguments().forEach(argument -> java.append(", ").append(value(argument)));
			return java.append(")").toString();
		}
		throw fail(expression, "an expression of kind " + (expression == null ? "none" : expression.eClass().getName()));
	}

	/** @return a Java condition: whether the expression is true (missing is not) */
	String condition(Expression expression) {
		return "RuleValues.truth(" + value(expression) + ")";
	}

	/** A lambda reading one member of a receiver of the member's owner type. */
	private String reader(MemberAccess access) {
		EObject member = access.getMember();
		RulesType receiver = element(Types.of(access.getReceiver()));
		if (member instanceof Attribute attribute && receiver instanceof RulesType.EntityType type) {
			EntityModel entity = entity(access, type.entity());
			AttributeModel model = entities.attribute(entity, attribute).orElseThrow(() -> fail(access, "attribute " + attribute.getName() + " outside its entity"));
			return "r -> DomainValues.of(((" + entityClass(entity) + ") r).get" + model.accessor() + "())";
		}
		if (member instanceof Relationship relationship && receiver instanceof RulesType.EntityType type) {
			EntityModel entity = entity(access, type.entity());
			RelationshipModel model = entities.relationship(entity, relationship).orElseThrow(() -> fail(access, "relationship " + relationship.getName() + " outside its entity"));
			return "r -> DomainValues.of(((" + entityClass(entity) + ") r).get" + model.accessor() + "())";
		}
		if (member instanceof TableOutput output && output.eContainer() instanceof DecisionTable table
				&& tables.containsKey(table)) {
			return "r -> ((" + tables.get(table).className() + ".Result) r)." + Names.javaMember(output.getName()) + "()";
		}
		if (member instanceof SchemaField field) {
			return "r -> ((java.util.Map<?, ?>) r).get(\"" + field.getName() + "\")";
		}
		throw fail(access, "reading ." + (member == null ? "?" : member.eClass().getName()) + " of "
				+ receiver.label());
	}

	private static RulesType element(RulesType type) {
		return type instanceof RulesType.ListType list ? element(list.element()) : type;
	}

	private EntityModel entity(EObject where, io.processware.model.domain.Entity entity) {
		return entities.entity(entity).orElseThrow(
				() -> fail(where, "entity " + entity.getName() + ", which the solution model does not generate,"));
	}

	private String entityClass(EntityModel entity) {
		return domainPackage + "." + entity.className();
	}

	/** The Java type a fact of this type has; Object where the type is unknown. */
	String javaType(RulesType type) {
		if (type instanceof RulesType.EntityType entity && entities.entity(entity.entity()).isPresent()) {
			return entityClass(entities.entity(entity.entity()).get());
		}
		if (type instanceof RulesType.ListType list) {
			return "java.util.List<" + javaType(list.element()) + ">";
		}
		return DecisionTableCompiler.valueType(type);
	}

	GenerationException fail(EObject element, String what) {
		return new GenerationException(where + ": " + RuleLocations.of(element) + ": " + what
				+ " is not compiled to Java yet");
	}
}
