package io.processware.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Puts a fresh copy of one of the repository's examples into the test workspace as a project, so
 * UI tests edit real solutions without touching the repository.
 */
public final class ExampleProjects {

	private ExampleProjects() {
	}

	/** @return the repository's examples folder (the test modules' pom names it) */
	public static Path examples() {
		return Path.of(System.getProperty("processware.examples", "../../examples")).toAbsolutePath().normalize();
	}

	/** Creates (or recreates) the project {@code projectName} holding a copy of {@code examples/<example>}. */
	public static IProject copy(String example, String projectName) throws CoreException {
		NullProgressMonitor monitor = new NullProgressMonitor();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (project.exists()) {
			project.delete(true, true, monitor);
		}
		project.create(monitor);
		project.open(monitor);
		Path source = examples().resolve(example);
		Path target = project.getLocation().toFile().toPath();
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path relative = source.relativize(file);
				if (relative.toString().startsWith("generated")) {
					continue;
				}
				Path copy = target.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		return project;
	}
}
