package io.processware.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Processware application ({@code io.processware.cli.app}). It only adapts the
 * Equinox application contract to {@link ProcesswareCommandLine}, so tests can run the very same
 * command line in-process and the launch script can run it as a product.
 */
public final class ProcesswareApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] arguments = args instanceof String[] strings ? strings : new String[0];
		return Integer.valueOf(ProcesswareCommandLine.execute(System.out, System.err, arguments));
	}

	@Override
	public void stop() {
		// every command runs to completion on the calling thread; nothing to interrupt
	}
}
