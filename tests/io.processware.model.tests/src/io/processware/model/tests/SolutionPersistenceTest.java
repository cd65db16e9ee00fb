package io.processware.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.bench.SyntheticSolution;
import io.processware.model.domain.Attribute;
import io.processware.model.domain.DomainFactory;
import io.processware.model.domain.Entity;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionResourceFactory;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.process.Task;
import io.processware.model.solution.Solution;

/** Solution files: byte-identical round trips, stable readable ids, the .pws registration. */
class SolutionPersistenceTest {

	@TempDir
	Path temp;

	private static byte[] save(Resource resource) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		return bytes.toByteArray();
	}

	@Test
	void theInvoiceExampleSavesToExactlyTheBytesItWasLoadedFrom() throws IOException {
		LoadedSolution loaded = Fixtures.load(Fixtures.invoiceExample());
		assertArrayEquals(Files.readAllBytes(Fixtures.invoiceExample()), save(loaded.solution().eResource()),
				"load -> save changed invoice-processing.pws");
	}

	@Test
	void aLoadedAndChangedModelStillSavesDeterministically() throws IOException {
		LoadedSolution loaded = Fixtures.load(Fixtures.invoiceExample());
		Task ocr = Fixtures.element(loaded, "invoice-to-payment.ocr-intake");
		ocr.setName("OCR and LLM intake");
		byte[] first = save(loaded.solution().eResource());
		Path file = Files.write(temp.resolve("changed.pws"), first);
		assertArrayEquals(first, save(Fixtures.load(file).solution().eResource()));
		assertTrue(new String(first, StandardCharsets.UTF_8).contains("name=\"OCR and LLM intake\""));
	}

	@Test
	void aNewModelGetsReadableIdsOnItsFirstSaveAndKeepsThemAfterRenames() throws IOException {
		Solution solution = SyntheticSolution.build(2, 2, 1, 6);
		Resource resource = SolutionResources.newResourceSet().createResource(URI.createFileURI(temp.resolve("new.pws").toString()));
		resource.getContents().add(solution);
		byte[] first = save(resource);
		Entity entity = solution.getDomains().get(0).getEntities().get(0);
		assertEquals("benchmark.entity-1", entity.getId());
		assertEquals("benchmark.entity-1.attribute-1", entity.getAttributes().get(0).getId());
		assertEquals("process-1.sequence-flow-1", solution.getProcesses().get(0).getSequenceFlows().get(0).getId());
		entity.setName("Customer");
		assertEquals("benchmark.entity-1", entity.getId(), "a rename must not change the id that references use");
		entity.setName("Entity 1");
		assertArrayEquals(first, save(resource), "a second save of the same model must give the same bytes");
	}

	@Test
	void aNewElementNamedLikeAnExistingOneGetsAUniqueId() throws IOException {
		LoadedSolution loaded = Fixtures.load(Fixtures.invoiceExample());
		Entity invoice = Fixtures.element(loaded, "finance.invoice");
		Attribute clash = DomainFactory.eINSTANCE.createAttribute();
		clash.setName("currency");
		invoice.getAttributes().add(clash);
		save(loaded.solution().eResource());
		assertEquals("finance.invoice.currency-2", clash.getId());
	}

	@Test
	void referencesUseIdsNotPositions() throws IOException {
		String text = Files.readString(Fixtures.invoiceExample());
		assertTrue(text.contains("ruleSets=\"invoice-validation\""), "references must name ids");
		assertTrue(!text.contains("//@"), "no position-based references");
	}

	@Test
	void theSyntheticSolutionSavesIdenticallyAfterALoad() throws IOException {
		Path file = temp.resolve("synthetic.pws");
		Resource resource = SolutionResources.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(SyntheticSolution.build(20, 5, 5, 12));
		resource.save(null);
		assertArrayEquals(Files.readAllBytes(file), save(Fixtures.load(file).solution().eResource()));
	}

	@Test
	void thePwsExtensionIsRegisteredForTheWorkbench() {
		assertInstanceOf(SolutionResourceFactory.class,
				Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/solutions/any.pws")),
				"plugin.xml registers the .pws resource factory through org.eclipse.emf.ecore.extension_parser");
	}

	@Test
	void aPlainResourceSetReadsPwsFilesThroughTheRegisteredFactory() {
		ResourceSet plain = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
		Resource resource = plain.getResource(URI.createFileURI(Fixtures.invoiceExample().toAbsolutePath().toString()), true);
		assertInstanceOf(Solution.class, resource.getContents().get(0));
	}
}
