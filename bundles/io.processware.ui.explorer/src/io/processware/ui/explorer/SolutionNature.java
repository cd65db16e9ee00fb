package io.processware.ui.explorer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Marks a workspace project as a Processware solution (a .pws model with its processes and rules). */
public class SolutionNature implements IProjectNature {
	public static final String ID = "io.processware.ui.explorer.solutionNature";
	private IProject project;

	/** Adds the nature to a project that does not have it yet. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(ID)) {
			String[] natures = description.getNatureIds();
			String[] more = java.util.Arrays.copyOf(natures, natures.length + 1);
			more[natures.length] = ID;
			description.setNatureIds(more);
			project.setDescription(description, monitor);
		}
	}

	@Override
	public void configure() {
	}

	@Override
	public void deconfigure() {
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
