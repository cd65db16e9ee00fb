package io.processware.rules.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import io.processware.rules.RulesRuntimeModule;
import io.processware.rules.RulesStandaloneSetup;

/** Starts the rules language with its ide services (language server, workbench editor, tests). */
public class RulesIdeSetup extends RulesStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new RulesRuntimeModule(), new RulesIdeModule()));
	}
}
