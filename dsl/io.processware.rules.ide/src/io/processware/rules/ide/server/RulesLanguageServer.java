package io.processware.rules.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The rules language server (LSP over a pair of streams, normally stdin/stdout). The registry of
 * languages is built here rather than through Java's ServiceLoader, which cannot see across OSGi
 * bundles: it holds the rules language and the .pws solution models its files import.
 */
public final class RulesLanguageServer {

	private RulesLanguageServer() {
	}

	/** Serves until the client disconnects (or sends exit). */
	public static void serve(InputStream in, OutputStream out) throws InterruptedException {
		Future<Void> listening = start(in, out);
		try {
			listening.get();
		} catch (ExecutionException e) {
			// the client closed the connection: the session is over
		}
	}

	/** @return the future of the message loop, for callers that serve in the background (tests) */
	public static Future<Void> start(InputStream in, OutputStream out) {
		// one registry per server: each language injector owns its grammar, and the parser, the node
		// model and content assist must all use the same one
		IResourceServiceProvider.Registry languages = RulesLanguages.registry();
		Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(),
				binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages)));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(in)
				.setOutput(out)
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
