package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.processware.generator.GenerationException;
import io.processware.model.domain.AttributeType;
import io.processware.model.domain.Entity;
import io.processware.model.solution.Solution;

class ServiceModelTest {

	@Test
	void namesTheServiceAfterTheSolution() {
		ServiceModel service = ServiceModel.of(SampleSolutions.invoicing());
		assertEquals("app.invoiceprocessing", service.javaPackage());
		assertEquals("invoice-processing", service.artifactId());
		assertEquals("InvoiceProcessingApplication", service.applicationClass());
		assertEquals("1.4.0", service.version());
		assertEquals(3, service.entities().size());
		assertEquals("payment-batches", service.entities().get(2).collectionPath());
		assertEquals("payment_batch_previous_batches", service.entities().get(2).toMany().get(1).joinTable());
		assertEquals("previous_batches_id", service.entities().get(2).toMany().get(1).joinColumn(),
				"an entity related to itself names the far column after the relationship");
	}

	@Test
	void twoEntitiesBecomingOneClassAreReportedByName() {
		Solution solution = SampleSolutions.invoicing();
		Entity twin = SampleSolutions.entity(solution.getDomains().get(0), "supplier-2", "supplier");
		SampleSolutions.attribute(twin, "name", AttributeType.TEXT, false, false);
		GenerationException failure = assertThrows(GenerationException.class, () -> ServiceModel.of(solution));
		assertEquals("solution Invoice processing: entity 'supplier' (supplier-2) and entity 'Supplier' (supplier) "
				+ "would both become Java type 'Supplier'; rename one of them", failure.getMessage());
	}

	@Test
	void anAttributeCollidingWithTheGeneratedIdIsReported() {
		Solution solution = SampleSolutions.invoicing();
		SampleSolutions.attribute(solution.getDomains().get(0).getEntities().get(0), "ID", AttributeType.TEXT, false, false);
		GenerationException failure = assertThrows(GenerationException.class, () -> ServiceModel.of(solution));
		assertEquals("solution Invoice processing: attribute 'ID' (supplier.id) and a name the generated code uses "
				+ "itself would both become field of Supplier 'id'; rename one of them", failure.getMessage());
	}

	@Test
	void anEntityNamedLikeAGeneratedTypeIsReported() {
		Solution solution = SampleSolutions.invoicing();
		SampleSolutions.entity(solution.getDomains().get(0), "money", "Money");
		GenerationException failure = assertThrows(GenerationException.class, () -> ServiceModel.of(solution));
		assertEquals("solution Invoice processing: entity 'Money' (money) and a name the generated code uses itself "
				+ "would both become Java type 'Money'; rename one of them", failure.getMessage());
	}
}
