package io.processware.rules;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;

import io.processware.rules.conversion.RulesValueConverters;
import io.processware.rules.documentation.RulesDocumentation;
import io.processware.rules.formatting.RulesFormatter;
import io.processware.rules.naming.RulesNames;
import io.processware.rules.validation.UnknownReferenceMessages;

/**
 * The rules language's services. Visibility across files follows the file's {@code import "…"}
 * statements (solution models and other rule files), never the whole workspace, so that a rules file
 * means the same thing in the workbench, on the command line and in the language server.
 */
public class RulesRuntimeModule extends AbstractRulesRuntimeModule {

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ImportUriGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return RulesNames.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return RulesValueConverters.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return RulesFormatter.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return RulesDocumentation.class;
	}

	public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
		return UnknownReferenceMessages.class;
	}
}
