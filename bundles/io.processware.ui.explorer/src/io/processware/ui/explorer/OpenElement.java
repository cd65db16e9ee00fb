package io.processware.ui.explorer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

import io.processware.bpmn.SolutionProcesses;
import io.processware.model.process.FlowNode;
import io.processware.model.process.Process;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.RuleSet;

/**
 * Opens the editor an analyst expects for a model element, at that element: a process or one of its
 * tasks, events or gateways in the BPMN editor on the process's diagram; a rule set in the rules
 * editor on its file; anything else in the solution model editor. Editors of model elements
 * implement {@link ISetSelectionTarget} and are told the element's id (a BPMN element's {@code id}
 * is the model element's id), so they select and reveal it.
 */
public final class OpenElement {

	private OpenElement() {
	}

	/**
	 * @param solutionFile the {@code .pws} file the element was loaded from
	 * @return the editor now showing the element
	 * @throws PartInitException when the element's file is not in the workspace or cannot be opened
	 */
	public static IEditorPart open(IWorkbenchPage page, Path solutionFile, EObject element) throws PartInitException {
		Optional<Path> diagram = diagram(solutionFile, element).filter(path -> path.toFile().isFile());
		if (diagram.isPresent()) {
			return reveal(IDE.openEditor(page, workspaceFile(diagram.get())), element);
		}
		if (element instanceof RuleSet rules && rules.getPath() != null && !rules.getPath().isBlank()) {
			return IDE.openEditor(page, workspaceFile(solutionFile.toAbsolutePath().getParent().resolve(rules.getPath())));
		}
		return reveal(IDE.openEditor(page, workspaceFile(solutionFile), SolutionModelEditor.ID), element);
	}

	/** @return the diagram of a process, or of the process a flow node belongs to */
	static Optional<Path> diagram(Path solutionFile, EObject element) {
		if (!(element instanceof Process) && !(element instanceof FlowNode)) {
			return Optional.empty();
		}
		EObject scope = element;
		while (scope != null && !(scope instanceof Process)) {
			scope = scope.eContainer();
		}
		return scope instanceof Process process ? new SolutionProcesses(solutionFile).bpmnFile(process) : Optional.empty();
	}

	/** Selects the element in an editor of model elements; other editors stay as they opened. */
	static IEditorPart reveal(IEditorPart editor, EObject element) {
		if (editor instanceof ISetSelectionTarget target && element instanceof ModelElement named && named.getId() != null) {
			target.selectReveal(new StructuredSelection(List.of(named.getId())));
		}
		return editor;
	}

	static IFile workspaceFile(Path path) throws PartInitException {
		URI location = path.toAbsolutePath().normalize().toUri();
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location);
		if (files.length == 0) {
			throw new PartInitException("Not in the workspace: " + path);
		}
		return files[0];
	}
}
