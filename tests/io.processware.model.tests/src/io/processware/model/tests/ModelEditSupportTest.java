package io.processware.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.processware.model.persistence.LoadedSolution;
import io.processware.model.process.Task;

/**
 * The generated item providers, as the workbench explorer and Properties view will use them,
 * found through the registry that the edit bundle's plugin.xml fills.
 */
class ModelEditSupportTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final LoadedSolution invoice = Fixtures.load(Fixtures.invoiceExample());

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	@Test
	void elementsHaveLabelsAndIcons() {
		Task ocr = Fixtures.element(invoice, "invoice-to-payment.ocr-intake");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(ocr, IItemLabelProvider.class);
		assertNotNull(labels, "no item provider registered for the process package");
		assertEquals("Service Task OCR intake", labels.getText(ocr));
		assertTrue(String.valueOf(labels.getImage(ocr)).contains("ServiceTask"), String.valueOf(labels.getImage(ocr)));
	}

	@Test
	void aSolutionShowsItsDomainsProcessesAndBoardsAsChildren() {
		ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(invoice.solution(),
				ITreeItemContentProvider.class);
		List<?> children = List.copyOf(tree.getChildren(invoice.solution()));
		assertTrue(children.contains(invoice.solution().getDomains().get(0)));
		assertTrue(children.contains(invoice.solution().getProcesses().get(0)));
		assertTrue(children.containsAll(invoice.solution().getReviewBoards()));
	}

	@Test
	void tasksShowTheirDeterminismAndStatusInTheProperties() {
		Task ocr = Fixtures.element(invoice, "invoice-to-payment.ocr-intake");
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(ocr, IItemPropertySource.class);
		List<String> names = properties.getPropertyDescriptors(ocr).stream()
				.map(descriptor -> ((EStructuralFeature) descriptor.getFeature(ocr)).getName()).toList();
		assertTrue(names.containsAll(List.of("determinism", "implementationStatus", "ruleSets", "entities", "existingCode")),
				names::toString);
	}
}
