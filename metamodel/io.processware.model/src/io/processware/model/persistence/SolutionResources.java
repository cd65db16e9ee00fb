package io.processware.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import io.processware.model.domain.DomainPackage;
import io.processware.model.generation.GenerationPackage;
import io.processware.model.process.ProcessPackage;
import io.processware.model.review.ReviewPackage;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionPackage;

/**
 * Reading and writing solution models without the workbench: the command line, tests and the
 * benchmark use this; the workbench gets the same resources through plugin.xml.
 */
public final class SolutionResources {

	private SolutionResources() {
	}

	/** @return a resource set that reads and writes {@code .pws} files, whether or not OSGi runs */
	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(SolutionResourceFactory.EXTENSION,
				new SolutionResourceFactory());
		for (EPackage ePackage : packages()) {
			set.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		}
		return set;
	}

	/** @return the metamodel's packages */
	public static List<EPackage> packages() {
		return List.of(SolutionPackage.eINSTANCE, ProcessPackage.eINSTANCE, DomainPackage.eINSTANCE,
				ReviewPackage.eINSTANCE, GenerationPackage.eINSTANCE);
	}

	/**
	 * Reads a solution file.
	 *
	 * @return the solution and the unknown references found in it
	 * @throws SolutionLoadException when the file is unreadable, not well-formed, or not a solution model
	 */
	public static LoadedSolution load(ResourceSet set, Path file) throws SolutionLoadException {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new SolutionLoadException(new LoadProblem(file, 0, 0, "", "cannot read the file"));
		}
		Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		IOException failure = null;
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			failure = e instanceof IOException io ? io : new IOException(e);
		}
		List<LoadProblem> problems = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof UnresolvedReferenceException unresolved) {
				problems.add(unknownReference(file, unresolved));
			} else {
				throw new SolutionLoadException(notASolution(file, error));
			}
		}
		if (failure != null && problems.isEmpty()) {
			throw new SolutionLoadException(fromException(file, failure));
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Solution solution)) {
			throw new SolutionLoadException(new LoadProblem(file, 0, 0, "",
					"not a solution model: the file holds " + (root == null ? "nothing" : "a " + root.eClass().getName())));
		}
		return new LoadedSolution(file, solution, List.copyOf(problems));
	}

	/** Writes a resource with its deterministic options (see {@link SolutionResource}). */
	public static void save(Resource resource) throws IOException {
		resource.save(null);
	}

	private static LoadProblem unknownReference(Path file, UnresolvedReferenceException unresolved) {
		String element = unresolved.getObject() == null ? "" : ElementLabels.of(unresolved.getObject());
		String feature = unresolved.getFeature() == null ? "a reference" : "'" + unresolved.getFeature().getName() + "'";
		return new LoadProblem(file, unresolved.getLine(), unresolved.getColumn(), element,
				feature + " refers to '" + unresolved.getReference() + "', which is not in the solution");
	}

	private static LoadProblem notASolution(Path file, Resource.Diagnostic error) {
		if (error instanceof XMIException xmi && xmi.getWrappedException() instanceof SAXParseException sax) {
			return notWellFormed(file, sax);
		}
		return new LoadProblem(file, error.getLine(), error.getColumn(), "",
				"not a valid solution model: " + clean(error.getMessage()));
	}

	private static LoadProblem notWellFormed(Path file, SAXParseException sax) {
		return new LoadProblem(file, sax.getLineNumber(), sax.getColumnNumber(), "",
				"not well-formed XML: " + clean(sax.getMessage()));
	}

	private static LoadProblem fromException(Path file, Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof SAXParseException) {
				break;
			}
			cause = cause.getCause();
		}
		if (cause instanceof SAXParseException sax) {
			return notWellFormed(file, sax);
		}
		return new LoadProblem(file, 0, 0, "", "cannot read the file: " + clean(String.valueOf(cause.getMessage())));
	}

	/** EMF appends "(file, line, column)" to its messages; the problem already says where. */
	private static String clean(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\([^()]*, \\d+, \\d+\\)\\s*$", "").trim();
	}
}
