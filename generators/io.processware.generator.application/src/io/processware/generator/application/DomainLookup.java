package io.processware.generator.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.Entity;
import io.processware.model.domain.Relationship;

/**
 * The generated entities by model id: a rules file resolves its import into its own copy of the
 * solution model, so its entities are found by their stable ids, not by object identity.
 */
final class DomainLookup {

	private final Map<String, EntityModel> entities = new HashMap<>();

	DomainLookup(List<EntityModel> entities) {
		entities.forEach(entity -> this.entities.put(entity.source().getId(), entity));
	}

	Optional<EntityModel> entity(Entity entity) {
		return Optional.ofNullable(entity == null ? null : entities.get(entity.getId()));
	}

	Optional<AttributeModel> attribute(EntityModel entity, Attribute attribute) {
		return entity.attributes().stream().filter(a -> a.source().getId().equals(attribute.getId())).findFirst();
	}

	Optional<RelationshipModel> relationship(EntityModel entity, Relationship relationship) {
		return entity.relationships().stream().filter(r -> r.source().getId().equals(relationship.getId())).findFirst();
	}
}
