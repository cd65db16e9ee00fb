package io.processware.generator.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import io.processware.generator.GenerationException;

/** The generation targets installed in this Processware: the contributions to the extension point. */
public final class GenerationTargets {

	/** The extension point generators contribute their {@link GenerationTarget} to. */
	public static final String EXTENSION_POINT = "io.processware.generator.targets.targets";

	private GenerationTargets() {
	}

	/** @return the installed targets in ascending {@code order} */
	public static List<GenerationTarget> installed() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new GenerationException("no extension registry: generation targets are found in a running Processware");
		}
		record Contribution(int order, GenerationTarget target) {
		}
		List<Contribution> contributions = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"target".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			try {
				int order = Integer.parseInt(element.getAttribute("order").trim());
				contributions.add(new Contribution(order, (GenerationTarget) element.createExecutableExtension("class")));
			} catch (CoreException | RuntimeException e) {
				throw new GenerationException("bundle " + contributor + ": cannot create its generation target "
						+ element.getAttribute("class") + ": " + e.getMessage(), e);
			}
		}
		contributions.sort(Comparator.comparingInt(Contribution::order));
		return contributions.stream().map(Contribution::target).toList();
	}

	/** @return the installed checks of the whole generated tree ({@code <treeCheck>} contributions) */
	public static List<TreeCheck> installedTreeChecks() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new GenerationException("no extension registry: tree checks are found in a running Processware");
		}
		List<TreeCheck> checks = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("treeCheck".equals(element.getName())) {
				try {
					checks.add((TreeCheck) element.createExecutableExtension("class"));
				} catch (CoreException | RuntimeException e) {
					throw new GenerationException("bundle " + element.getContributor().getName()
							+ ": cannot create its tree check " + element.getAttribute("class") + ": " + e.getMessage(), e);
				}
			}
		}
		return checks;
	}
}
