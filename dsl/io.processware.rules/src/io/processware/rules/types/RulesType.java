package io.processware.rules.types;

import org.eclipse.emf.ecore.EObject;

import io.processware.model.domain.Entity;
import io.processware.model.domain.Enumeration;

/** The type of a rules expression. {@link #UNKNOWN} follows an error already reported and accepts anything. */
public sealed interface RulesType {

	/** Primitive kinds; money may know its currency (null: any currency). */
	enum Kind {
		NUMBER("number"), MONEY("money"), TEXT("text"), BOOLEAN("boolean"), DATE("date"), DURATION("duration");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	record Primitive(Kind kind, String currency) implements RulesType {
		@Override
		public String label() {
			return currency == null ? kind.label() : kind.label() + " " + currency;
		}
	}

	record EntityType(Entity entity) implements RulesType {
		@Override
		public String label() {
			return entity.getName() == null ? entity.getId() : entity.getName();
		}
	}

	record EnumType(Enumeration enumeration) implements RulesType {
		@Override
		public String label() {
			return enumeration.getName() == null ? enumeration.getId() : enumeration.getName();
		}
	}

	record ListType(RulesType element) implements RulesType {
		@Override
		public String label() {
			return "list of " + element.label();
		}
	}

	/** The result of a decision table or an LLM slot: named fields. */
	record RecordType(EObject owner, String name) implements RulesType {
		@Override
		public String label() {
			return "result of " + name;
		}
	}

	record Unknown() implements RulesType {
		@Override
		public String label() {
			return "unknown";
		}
	}

	RulesType UNKNOWN = new Unknown();
	RulesType NUMBER = new Primitive(Kind.NUMBER, null);
	RulesType MONEY = new Primitive(Kind.MONEY, null);
	RulesType TEXT = new Primitive(Kind.TEXT, null);
	RulesType BOOLEAN = new Primitive(Kind.BOOLEAN, null);
	RulesType DATE = new Primitive(Kind.DATE, null);
	RulesType DURATION = new Primitive(Kind.DURATION, null);

	/** @return how the analyst reads this type in a message */
	String label();

	static RulesType money(String currency) {
		return new Primitive(Kind.MONEY, currency);
	}

	default boolean isUnknown() {
		return this instanceof Unknown;
	}

	default boolean is(Kind kind) {
		return this instanceof Primitive primitive && primitive.kind() == kind;
	}

	/** Numbers, money, dates and durations have an order; text and enumerations only equality. */
	default boolean isOrdered() {
		return is(Kind.NUMBER) || is(Kind.MONEY) || is(Kind.DATE) || is(Kind.DURATION);
	}

	/** @return the currency of a money type, or null */
	default String currency() {
		return this instanceof Primitive primitive ? primitive.currency() : null;
	}
}
