package io.processware.generator.application;

import io.processware.generator.ModelView;
import io.processware.model.domain.Cardinality;
import io.processware.model.domain.Relationship;

/**
 * A relationship between two entities in JPA and SQL. To-one relationships are a foreign-key column
 * on the owning table and appear in the JSON as the target's id; to-many relationships are a join
 * table and are managed through the repository rather than serialised, so that the JSON of an
 * entity never pulls a whole graph.
 *
 * @param source        the model element
 * @param field         the Java field
 * @param accessor      the accessor suffix
 * @param targetClass   the target entity's Java class
 * @param targetTable   the target entity's table
 * @param annotation    the JPA annotation: ManyToOne, OneToOne, OneToMany or ManyToMany
 * @param toOne         whether it is many-to-one or one-to-one
 * @param joinColumn    the foreign-key column (to-one) or the join table's column to the target
 * @param joinTable     the join table (to-many), or null
 * @param ownerColumn   the join table's column to the owner (to-many), or null
 */
public record RelationshipModel(Relationship source, String field, String accessor, String targetClass,
		String targetTable, String annotation, boolean toOne, String joinColumn, String joinTable, String ownerColumn)
		implements ModelView {

	static RelationshipModel of(Relationship relationship, String ownerTable) {
		String field = Names.javaMember(relationship.getName());
		String accessor = Character.toUpperCase(field.charAt(0)) + field.substring(1);
		String targetTable = Names.sql(relationship.getTarget().getName());
		Cardinality cardinality = relationship.getCardinality() == null ? Cardinality.MANY_TO_ONE
				: relationship.getCardinality();
		String annotation = switch (cardinality) {
		case MANY_TO_ONE -> "ManyToOne";
		case ONE_TO_ONE -> "OneToOne";
		case ONE_TO_MANY -> "OneToMany";
		case MANY_TO_MANY -> "ManyToMany";
		};
		boolean toOne = cardinality == Cardinality.MANY_TO_ONE || cardinality == Cardinality.ONE_TO_ONE;
		if (relationship.getTarget() == null) {
			throw new IllegalArgumentException("relationship " + relationship.getName() + " has no target entity");
		}
		if (toOne) {
			return new RelationshipModel(relationship, field, accessor, Names.javaType(relationship.getTarget().getName()),
					targetTable, annotation, true, Names.sql(relationship.getName() + " id"), null, null);
		}
		String joinTable = Names.sql(ownerTable + " " + relationship.getName());
		String ownerColumn = Names.sql(ownerTable + " id");
		String targetColumn = Names.sql(relationship.getTarget().getName() + " id");
		if (targetColumn.equals(ownerColumn)) {
			// an entity related to itself (a supplier's parent suppliers): name the far side by the relationship
			targetColumn = Names.sql(relationship.getName() + " id");
		}
		return new RelationshipModel(relationship, field, accessor, Names.javaType(relationship.getTarget().getName()),
				targetTable, annotation, false, targetColumn, joinTable, ownerColumn);
	}

	@Override
	public Object element() {
		return source;
	}
}
