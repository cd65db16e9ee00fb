package io.processware.rules.workspace;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.generic.AbstractGenericResourceRuntimeModule;

import com.google.inject.Guice;

import io.processware.model.persistence.SolutionResourceFactory;
import io.processware.model.persistence.SolutionResources;
import io.processware.rules.naming.RulesNames;

/**
 * Makes {@code .pws} solution models visible to Xtext: a resource factory to read them and a resource
 * service provider that indexes their elements under their ids, so that rules files can cross-reference
 * entities, attributes, processes, tasks, roles and environments.
 */
public final class SolutionModelSupport {

	private static volatile IResourceServiceProvider serviceProvider;

	private SolutionModelSupport() {
	}

	/** Xtext's generic-resource module, told the language of solution models. */
	static final class SolutionModelModule extends AbstractGenericResourceRuntimeModule {
		@Override
		protected String getLanguageName() {
			return "io.processware.model.Solution";
		}

		@Override
		protected String getFileExtensions() {
			return SolutionResourceFactory.EXTENSION;
		}

		@Override
		public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
			return RulesNames.class;
		}
	}

	/** @return the service provider for solution models (one per JVM: it is stateless) */
	public static IResourceServiceProvider serviceProvider() {
		IResourceServiceProvider provider = serviceProvider;
		if (provider == null) {
			synchronized (SolutionModelSupport.class) {
				if (serviceProvider == null) {
					serviceProvider = Guice.createInjector(new SolutionModelModule()).getInstance(IResourceServiceProvider.class);
				}
				provider = serviceProvider;
			}
		}
		return provider;
	}

	/** Registers the factory and service provider in the JVM-wide registries (idempotent). */
	public static void registerGlobally() {
		register(IResourceServiceProvider.Registry.INSTANCE);
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(SolutionResourceFactory.EXTENSION,
				new SolutionResourceFactory());
		SolutionResources.packages().forEach(ePackage -> org.eclipse.emf.ecore.EPackage.Registry.INSTANCE
				.putIfAbsent(ePackage.getNsURI(), ePackage));
	}

	/** Registers the solution-model service provider in one registry (the language server has its own). */
	public static void register(IResourceServiceProvider.Registry registry) {
		registry.getExtensionToFactoryMap().putIfAbsent(SolutionResourceFactory.EXTENSION, serviceProvider());
	}
}
