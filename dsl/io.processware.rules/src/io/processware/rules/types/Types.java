package io.processware.rules.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.Cardinality;
import io.processware.model.domain.Entity;
import io.processware.model.domain.Enumeration;
import io.processware.model.domain.Relationship;
import io.processware.rules.rules.Between;
import io.processware.rules.rules.Binary;
import io.processware.rules.rules.BooleanLiteral;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.DateLiteral;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.Fact;
import io.processware.rules.rules.FunctionCall;
import io.processware.rules.rules.HitPolicy;
import io.processware.rules.rules.InTest;
import io.processware.rules.rules.ListLiteral;
import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.MemberAccess;
import io.processware.rules.rules.ModelType;
import io.processware.rules.rules.Negation;
import io.processware.rules.rules.Not;
import io.processware.rules.rules.NumberLiteral;
import io.processware.rules.rules.PrimitiveType;
import io.processware.rules.rules.SchemaField;
import io.processware.rules.rules.StringLiteral;
import io.processware.rules.rules.SymbolRef;
import io.processware.rules.rules.TableOutput;
import io.processware.rules.rules.Type;
import io.processware.rules.types.RulesType.EntityType;
import io.processware.rules.types.RulesType.EnumType;
import io.processware.rules.types.RulesType.Kind;
import io.processware.rules.types.RulesType.ListType;
import io.processware.rules.types.RulesType.RecordType;

/**
 * Infers the type of every expression. Inference never fails: what cannot be typed (an unresolved
 * reference, a cycle of computed values, an ill-typed operation) is {@link RulesType#UNKNOWN}, and the
 * validator reports the cause once, where it is.
 */
public final class Types {

	/** Computed values whose type is being inferred on this thread: a cycle must not recurse forever. */
	private static final ThreadLocal<Set<Computed>> IN_PROGRESS = ThreadLocal.withInitial(HashSet::new);

	private Types() {
	}

	/** @return the type a declared type stands for */
	public static RulesType of(Type type) {
		if (type instanceof PrimitiveType primitive) {
			Kind kind = Kind.valueOf(primitive.getKind().getName());
			return kind == Kind.MONEY ? RulesType.money(primitive.getCurrency()) : new RulesType.Primitive(kind, null);
		}
		if (type instanceof io.processware.rules.rules.ListType list) {
			return new ListType(of(list.getElement()));
		}
		if (type instanceof ModelType model) {
			EObject element = model.getElement();
			if (element instanceof Entity entity && !entity.eIsProxy()) {
				return new EntityType(entity);
			}
			if (element instanceof Enumeration enumeration && !enumeration.eIsProxy()) {
				return new EnumType(enumeration);
			}
		}
		return RulesType.UNKNOWN;
	}

	/** @return the type of a symbol used as a value */
	public static RulesType ofSymbol(EObject symbol) {
		if (symbol == null || symbol.eIsProxy()) {
			return RulesType.UNKNOWN;
		}
		if (symbol instanceof Fact fact) {
			return of(fact.getType());
		}
		if (symbol instanceof Computed computed) {
			if (computed.getType() != null) {
				return of(computed.getType());
			}
			Set<Computed> inProgress = IN_PROGRESS.get();
			if (!inProgress.add(computed)) {
				return RulesType.UNKNOWN;
			}
			try {
				return of(computed.getValue());
			} finally {
				inProgress.remove(computed);
			}
		}
		if (symbol instanceof DecisionTable table) {
			return ofTable(table);
		}
		if (symbol instanceof LlmSlot slot) {
			return new RecordType(slot, slot.getName());
		}
		return RulesType.UNKNOWN;
	}

	private static RulesType ofTable(DecisionTable table) {
		RulesType row = new RecordType(table, table.getName());
		if (table.getHitPolicy() != HitPolicy.COLLECT) {
			return row;
		}
		if ("count".equals(table.getAggregation())) {
			return RulesType.NUMBER;
		}
		if (table.getAggregation() != null && !table.getOutputs().isEmpty()) {
			return of(table.getOutputs().get(0).getType());
		}
		return new ListType(row);
	}

	/** @return the type of an expression */
	public static RulesType of(Expression expression) {
		if (expression == null) {
			return RulesType.UNKNOWN;
		}
		if (expression instanceof NumberLiteral number) {
			if (number.getCurrency() != null) {
				return RulesType.money(number.getCurrency());
			}
			return number.getUnit() != null ? RulesType.DURATION : RulesType.NUMBER;
		}
		if (expression instanceof StringLiteral) {
			return RulesType.TEXT;
		}
		if (expression instanceof BooleanLiteral || expression instanceof Not || expression instanceof InTest
				|| expression instanceof Between) {
			return RulesType.BOOLEAN;
		}
		if (expression instanceof DateLiteral) {
			return RulesType.DATE;
		}
		if (expression instanceof SymbolRef ref) {
			return ofSymbol(ref.getSymbol());
		}
		if (expression instanceof MemberAccess access) {
			return ofMember(of(access.getReceiver()), access.getMember());
		}
		if (expression instanceof Negation negation) {
			return of(negation.getOperand());
		}
		if (expression instanceof Binary binary) {
			return Operators.resultType(binary.getOp(), of(binary.getLeft()), of(binary.getRight()));
		}
		if (expression instanceof ListLiteral list) {
			RulesType element = list.getElements().isEmpty() ? RulesType.UNKNOWN : of(list.getElements().get(0));
			return new ListType(element);
		}
		if (expression instanceof FunctionCall call) {
			return Functions.resultType(call.getFunction(), call.getArguments().stream().map(Types::of).toList());
		}
		return RulesType.UNKNOWN;
	}

	/** @return the type of {@code receiver.member}; a member of a list is the list of the members */
	public static RulesType ofMember(RulesType receiver, EObject member) {
		if (receiver instanceof ListType list) {
			RulesType element = ofMember(list.element(), member);
			return element.isUnknown() ? element : element instanceof ListType ? element : new ListType(element);
		}
		if (member == null || member.eIsProxy()) {
			return RulesType.UNKNOWN;
		}
		if (member instanceof Attribute attribute) {
			return ofAttribute(attribute);
		}
		if (member instanceof Relationship relationship) {
			if (relationship.getTarget() == null || relationship.getTarget().eIsProxy()) {
				return RulesType.UNKNOWN;
			}
			EntityType target = new EntityType(relationship.getTarget());
			Cardinality cardinality = relationship.getCardinality();
			return cardinality == Cardinality.ONE_TO_MANY || cardinality == Cardinality.MANY_TO_MANY
					? new ListType(target)
					: target;
		}
		if (member instanceof TableOutput output) {
			return of(output.getType());
		}
		if (member instanceof SchemaField field) {
			return of(field.getType());
		}
		return RulesType.UNKNOWN;
	}

	/** @return the type of an attribute of the solution model */
	public static RulesType ofAttribute(Attribute attribute) {
		if (attribute.getType() == null) {
			return RulesType.TEXT;
		}
		return switch (attribute.getType()) {
			case INTEGER, DECIMAL -> RulesType.NUMBER;
			case MONEY -> RulesType.MONEY;
			case BOOLEAN -> RulesType.BOOLEAN;
			case DATE, DATE_TIME -> RulesType.DATE;
			case ENUMERATION -> attribute.getEnumeration() == null || attribute.getEnumeration().eIsProxy()
					? RulesType.TEXT
					: new EnumType(attribute.getEnumeration());
			case TEXT, DOCUMENT -> RulesType.TEXT;
		};
	}

	/** @return what can follow a dot after a value of this type */
	public static List<EObject> membersOf(RulesType type) {
		List<EObject> members = new ArrayList<>();
		if (type instanceof ListType list) {
			return membersOf(list.element());
		}
		if (type instanceof EntityType entity) {
			members.addAll(entity.entity().getAttributes());
			members.addAll(entity.entity().getRelationships());
		} else if (type instanceof RecordType record) {
			if (record.owner() instanceof DecisionTable table) {
				members.addAll(table.getOutputs());
			} else if (record.owner() instanceof LlmSlot slot && slot.getSchema() != null) {
				members.addAll(slot.getSchema().getFields());
			}
		}
		return members;
	}
}
