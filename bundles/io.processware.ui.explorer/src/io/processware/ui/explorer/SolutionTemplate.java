package io.processware.ui.explorer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;

/** What a new solution starts from: the invoice-processing example, or an empty model. */
public enum SolutionTemplate {
	INVOICE_EXAMPLE("The invoice-processing example (model, process diagram, rules)"),
	EMPTY("An empty solution model");

	private final String label;

	SolutionTemplate(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Fills a new, open project and gives it the solution nature. */
	public void createIn(IProject project, IProgressMonitor monitor) throws CoreException, IOException {
		if (this == INVOICE_EXAMPLE) {
			URL folder = FileLocator.toFileURL(Platform.getBundle("io.processware.ui.explorer").getEntry("templates/invoice-processing/"));
			copy(Path.of(folder.getPath()), project, monitor);
		} else {
			project.getFile(project.getName() + ".pws").create(new ByteArrayInputStream(emptyModel(project.getName())), true, monitor);
			project.getFolder("processes").create(true, true, monitor);
			project.getFolder("rules").create(true, true, monitor);
		}
		SolutionNature.addTo(project, monitor);
	}

	private static void copy(Path source, IProject project, IProgressMonitor monitor) throws IOException, CoreException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.sorted().toList()) {
				String relative = source.relativize(file).toString();
				if (relative.isEmpty()) {
					continue;
				}
				if (Files.isDirectory(file)) {
					IFolder folder = project.getFolder(relative);
					if (!folder.exists()) {
						folder.create(true, true, monitor);
					}
				} else {
					IFile target = project.getFile(relative);
					try (InputStream in = Files.newInputStream(file)) {
						target.create(in, true, monitor);
					}
				}
			}
		}
	}

	/** @return an empty solution model, written the way the metamodel writes every .pws file */
	static byte[] emptyModel(String name) throws IOException {
		Solution solution = SolutionFactory.eINSTANCE.createSolution();
		solution.setId(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
		solution.setName(name);
		solution.setVersion("0.1.0");
		Resource resource = SolutionResources.newResourceSet().createResource(URI.createURI("memory:/" + solution.getId() + ".pws"));
		resource.getContents().add(solution);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toByteArray();
	}

}
