package io.processware.generator.application;

import io.processware.rules.types.RulesType;

/**
 * Which method of the generated test helper {@code RuleFacts} turns a fact's JSON (as the
 * generation-time examples write it) into the fact's Java value.
 */
final class RuleFactsReaders {

	private RuleFactsReaders() {
	}

	/** @return the reader's name, or null when the generated tests cannot build such a fact */
	static String reader(RulesType type, DomainLookup entities) {
		if (type instanceof RulesType.EntityType entity && entities.entity(entity.entity()).isPresent()) {
			return "RuleFacts." + entities.entity(entity.entity()).get().variable();
		}
		if (type instanceof RulesType.EnumType) {
			return "RuleFacts.readText";
		}
		if (type instanceof RulesType.Primitive primitive) {
			return "RuleFacts.read" + Names.javaType(primitive.kind().label());
		}
		return null;
	}
}
