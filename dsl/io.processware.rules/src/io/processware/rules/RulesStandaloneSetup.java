package io.processware.rules;

import com.google.inject.Injector;

import io.processware.rules.workspace.QuietLogging;
import io.processware.rules.workspace.SolutionModelSupport;

/** Starts the rules language without the Equinox extension registry (command line, tests, language server). */
public class RulesStandaloneSetup extends RulesStandaloneSetupGenerated {

	public static Injector doSetup() {
		QuietLogging.configureIfUnset();
		return new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void register(Injector injector) {
		super.register(injector);
		// rules files import .pws solution models: they must load and be indexed outside OSGi too
		SolutionModelSupport.registerGlobally();
	}
}
