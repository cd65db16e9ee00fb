package io.processware.rules.ide.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import io.processware.rules.ide.RulesIdeSetup;
import io.processware.rules.workspace.SolutionModelSupport;

/** The languages a rules language server knows: .rules (with ide services) and .pws. */
final class RulesLanguages {

	private RulesLanguages() {
	}

	static IResourceServiceProvider.Registry registry() {
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		IResourceServiceProvider rules = new RulesIdeSetup().createInjectorAndDoEMFRegistration()
				.getInstance(IResourceServiceProvider.class);
		registry.getExtensionToFactoryMap().put("rules", rules);
		SolutionModelSupport.register(registry);
		return registry;
	}
}
