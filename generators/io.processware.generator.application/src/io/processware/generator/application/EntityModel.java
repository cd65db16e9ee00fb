package io.processware.generator.application;

import io.processware.generator.ModelView;
import java.util.List;

import io.processware.model.domain.Entity;

/**
 * A domain entity in the generated service: JPA entity, table, repository, REST collection.
 *
 * @param source         the model element
 * @param className      the Java class
 * @param variable       a lowerCamelCase variable name for an instance
 * @param table          the SQL table
 * @param collectionPath the REST collection's path segment
 * @param attributes     its attributes
 * @param relationships  its relationships
 */
public record EntityModel(Entity source, String className, String variable, String table, String collectionPath,
		List<AttributeModel> attributes, List<RelationshipModel> relationships)
		implements ModelView {

	static EntityModel of(Entity entity, List<EnumerationModel> enumerations) {
		String table = Names.sql(entity.getName());
		String className = Names.javaType(entity.getName());
		return new EntityModel(entity, className, Names.javaMember(entity.getName()), table,
				Names.collectionPath(entity.getName()),
				entity.getAttributes().stream().map(a -> AttributeModel.of(a, enumerations)).toList(),
				entity.getRelationships().stream().map(r -> RelationshipModel.of(r, table)).toList());
	}

	/** @return whether a request without any attribute is invalid */
	public boolean hasRequiredAttributes() {
		return attributes.stream().anyMatch(AttributeModel::required);
	}

	/** @return whether any attribute is money (the class then uses the embedded {@code Money}) */
	public boolean hasMoney() {
		return attributes.stream().anyMatch(AttributeModel::isMoney);
	}

	/** @return the to-one relationships: foreign keys of this entity's table */
	public List<RelationshipModel> toOne() {
		return relationships.stream().filter(RelationshipModel::toOne).toList();
	}

	/** @return the to-many relationships: join tables */
	public List<RelationshipModel> toMany() {
		return relationships.stream().filter(r -> !r.toOne()).toList();
	}

	@Override
	public Object element() {
		return source;
	}
}
