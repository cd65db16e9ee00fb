package io.processware.generator.targets;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.processware.generator.GenerationException;
import io.processware.generator.TemplateSet;

/** The template set a generator bundle ships in its {@code templates/} folder (bundles are installed unpacked). */
public final class BundledTemplates {

	private BundledTemplates() {
	}

	/** @return the template set in the {@code templates/} folder of the bundle holding {@code type} */
	public static TemplateSet of(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		if (bundle == null) {
			throw new GenerationException("the templates of " + type.getName() + " are found through OSGi; outside it, "
					+ "load a TemplateSet from a folder");
		}
		try {
			URL folder = FileLocator.toFileURL(bundle.getEntry("templates/"));
			return TemplateSet.load(Path.of(folder.toURI()));
		} catch (IOException | URISyntaxException | RuntimeException e) {
			throw new GenerationException("cannot locate the templates of bundle " + bundle.getSymbolicName() + ": "
					+ e.getMessage(), e);
		}
	}
}
