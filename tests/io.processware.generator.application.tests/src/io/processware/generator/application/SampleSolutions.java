package io.processware.generator.application;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.AttributeType;
import io.processware.model.domain.Cardinality;
import io.processware.model.domain.DataClassification;
import io.processware.model.domain.Domain;
import io.processware.model.domain.DomainFactory;
import io.processware.model.domain.Entity;
import io.processware.model.domain.Enumeration;
import io.processware.model.domain.Relationship;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentKind;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;

/** Solutions built in code for the generator's tests: every attribute type, every cardinality. */
final class SampleSolutions {

	private SampleSolutions() {
	}

	/** An invoicing solution that uses every kind of attribute and relationship the generator maps. */
	static Solution invoicing() {
		Solution solution = SolutionFactory.eINSTANCE.createSolution();
		solution.setId("solution");
		solution.setName("Invoice processing");
		solution.setVersion("1.4.0");
		solution.setOwner("Finance operations");
		Domain domain = DomainFactory.eINSTANCE.createDomain();
		domain.setId("invoicing");
		domain.setName("Invoicing");
		solution.getDomains().add(domain);

		Enumeration status = DomainFactory.eINSTANCE.createEnumeration();
		status.setId("invoice-status");
		status.setName("Invoice status");
		status.getLiterals().addAll(java.util.List.of("received", "approved", "paid"));
		domain.getEnumerations().add(status);

		Entity supplier = entity(domain, "supplier", "Supplier");
		attribute(supplier, "name", AttributeType.TEXT, true, true);
		Attribute iban = attribute(supplier, "IBAN", AttributeType.TEXT, false, false);
		iban.setClassification(DataClassification.RESTRICTED);
		iban.setPersonalData(true);
		attribute(supplier, "order", AttributeType.INTEGER, false, false);

		Entity invoice = entity(domain, "invoice", "Invoice");
		attribute(invoice, "number", AttributeType.TEXT, true, true);
		attribute(invoice, "total", AttributeType.MONEY, true, false);
		attribute(invoice, "issued on", AttributeType.DATE, false, false);
		attribute(invoice, "received at", AttributeType.DATE_TIME, false, false);
		attribute(invoice, "tax rate", AttributeType.DECIMAL, false, false);
		attribute(invoice, "urgent", AttributeType.BOOLEAN, false, false);
		attribute(invoice, "scan", AttributeType.DOCUMENT, false, false);
		Attribute state = attribute(invoice, "status", AttributeType.ENUMERATION, true, false);
		state.setEnumeration(status);
		relationship(invoice, "supplier", supplier, Cardinality.MANY_TO_ONE);

		Entity batch = entity(domain, "payment-batch", "Payment batch");
		attribute(batch, "class", AttributeType.TEXT, false, false);
		relationship(batch, "invoices", invoice, Cardinality.MANY_TO_MANY);
		relationship(batch, "approver", supplier, Cardinality.ONE_TO_ONE);
		relationship(batch, "previous batches", batch, Cardinality.ONE_TO_MANY);

		environment(solution, "dev", "Development", EnvironmentKind.DEV);
		environment(solution, "prod", "Production", EnvironmentKind.PROD);
		return solution;
	}

	static Entity entity(Domain domain, String id, String name) {
		Entity entity = DomainFactory.eINSTANCE.createEntity();
		entity.setId(id);
		entity.setName(name);
		domain.getEntities().add(entity);
		return entity;
	}

	static Attribute attribute(Entity entity, String name, AttributeType type, boolean required, boolean unique) {
		Attribute attribute = DomainFactory.eINSTANCE.createAttribute();
		attribute.setId(entity.getId() + "." + Names.kebab(name));
		attribute.setName(name);
		attribute.setType(type);
		attribute.setRequired(required);
		attribute.setUnique(unique);
		entity.getAttributes().add(attribute);
		return attribute;
	}

	static Relationship relationship(Entity owner, String name, Entity target, Cardinality cardinality) {
		Relationship relationship = DomainFactory.eINSTANCE.createRelationship();
		relationship.setId(owner.getId() + "." + Names.kebab(name));
		relationship.setName(name);
		relationship.setTarget(target);
		relationship.setCardinality(cardinality);
		owner.getRelationships().add(relationship);
		return relationship;
	}

	static Environment environment(Solution solution, String id, String name, EnvironmentKind kind) {
		Environment environment = SolutionFactory.eINSTANCE.createEnvironment();
		environment.setId(id);
		environment.setName(name);
		environment.setKind(kind);
		environment.setRegion("eu-central-1");
		solution.getEnvironments().add(environment);
		return environment;
	}
}
