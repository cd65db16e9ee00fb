package io.processware.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates {@link SolutionResource}s. Registered for the {@code pws} extension in plugin.xml (for the
 * workbench) and by {@link SolutionResources#newResourceSet()} (for the command line and tests).
 */
public final class SolutionResourceFactory extends ResourceFactoryImpl {

	/** The file extension of solution models. */
	public static final String EXTENSION = "pws";

	@Override
	public Resource createResource(URI uri) {
		return new SolutionResource(uri);
	}
}
