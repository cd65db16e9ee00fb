package io.processware.ui.rules.language;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What the language's code actions need of "the server" when they run inside the workbench: the open
 * file's resource and document, and its resource set as the live scope. There is no client to talk
 * to and no index to build; asking for those is a programming error.
 */
final class SessionAccess implements ILanguageServerAccess {
	private final ResourceSet resourceSet;
	private final XtextResource resource;
	private final Document document;

	SessionAccess(ResourceSet resourceSet, XtextResource resource, Document document) {
		this.resourceSet = resourceSet;
		this.resource = resource;
		this.document = document;
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		throw new UnsupportedOperationException("the workbench editor has no language-server index");
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		// nothing is built: the editor reparses its own text
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return resourceSet;
	}

	@Override
	public InitializeParams getInitializeParams() {
		InitializeParams params = new InitializeParams();
		params.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities());
		return params;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return new InitializeResult();
	}
}
