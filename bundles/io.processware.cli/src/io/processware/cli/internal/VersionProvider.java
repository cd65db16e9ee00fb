package io.processware.cli.internal;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** {@code processware --version}: this bundle's version (with its build qualifier) and the JVM. */
public final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		Bundle bundle = FrameworkUtil.getBundle(VersionProvider.class);
		String version = bundle == null ? "(not running in OSGi)" : bundle.getVersion().toString();
		return new String[] { NLS.bind(CliMessages.versionLine, version),
				NLS.bind(CliMessages.javaLine, new Object[] { System.getProperty("java.version"),
						System.getProperty("java.vendor"), System.getProperty("os.name"),
						System.getProperty("os.arch") }) };
	}
}
