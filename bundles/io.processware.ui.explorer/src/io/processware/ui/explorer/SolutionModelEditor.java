package io.processware.ui.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.Solution;
import io.processware.model.validation.SolutionValidation;

/**
 * The solution model of a {@code .pws} file as a tree (processes, tasks, entities, attributes, rule
 * sets, legacy systems, environments, boards) with the item providers' labels and icons. The
 * Properties view edits the selected element through an EMF command stack (Undo/Redo, dirty state);
 * saving writes the model and turns the validator's findings into Problems-view markers. Double-click
 * opens a process's diagram or a rule set's rules file; markers and other editors select elements here
 * by id ({@link ISetSelectionTarget}, {@link IGotoMarker}).
 */
public class SolutionModelEditor extends EditorPart implements ISetSelectionTarget {
	public static final String ID = "io.processware.ui.explorer.modelEditor";

	private final ComposedAdapterFactory adapterFactory = ItemProviders.adapterFactory();
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
	private LoadedSolution loaded;
	private TreeViewer tree;
	private PropertySheetPage propertySheet;
	private final CommandStackListener dirtyState = (EventObject event) -> {
		if (tree != null && !tree.getControl().isDisposed()) {
			Runnable update = () -> {
				firePropertyChange(PROP_DIRTY);
				updateUndoRedo();
				if (!tree.getControl().isDisposed()) {
					tree.refresh(true);
				}
				// Undo and Redo change values behind the Properties view's back
				if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
					propertySheet.refresh();
				}
			};
			// commands run on the UI thread (Properties view, Undo): update at once, so the
			// workbench's Undo is enabled by the time the next command is looked up
			if (org.eclipse.swt.widgets.Display.getCurrent() != null) {
				update.run();
			} else {
				tree.getControl().getDisplay().asyncExec(update);
			}
		}
	};
	private final Action undo = new Action("Undo") {
		@Override
		public void run() {
			commandStack.undo();
		}
	};
	private final Action redo = new Action("Redo") {
		@Override
		public void run() {
			commandStack.redo();
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The solution model editor opens files of the workspace, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		try {
			ResourceSet set = domain.getResourceSet();
			SolutionResources.packages().forEach(p -> set.getPackageRegistry().put(p.getNsURI(), p));
			set.getResourceFactoryRegistry().getExtensionToFactoryMap()
					.putAll(SolutionResources.newResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap());
			loaded = SolutionResources.load(set, path(fileInput.getFile()));
		} catch (SolutionLoadException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		commandStack.addCommandStackListener(dirtyState);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		updateUndoRedo();
	}

	private static Path path(IFile file) {
		return Path.of(file.getLocation().toOSString());
	}

	private void updateUndoRedo() {
		undo.setEnabled(commandStack.canUndo());
		redo.setEnabled(commandStack.canRedo());
	}

	@Override
	public void createPartControl(Composite parent) {
		tree = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.setContentProvider(new ItemProviders.Content(adapterFactory));
		tree.setLabelProvider(new ItemProviders.Labels(adapterFactory));
		tree.setInput(List.of(loaded.solution()));
		tree.expandToLevel(2);
		tree.addDoubleClickListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(tree);
	}

	/**
	 * Double-click: a process (or one of its nodes) opens its BPMN diagram at that element, a rule set
	 * its rules file; other elements are already here and just expand or collapse.
	 */
	public IEditorPart open(Object element) {
		boolean elsewhere = element instanceof RuleSet rules && rules.getPath() != null
				|| element instanceof EObject object && OpenElement.diagram(loaded.file(), object).isPresent();
		if (!elsewhere) {
			if (element != null) {
				tree.setExpandedState(element, !tree.getExpandedState(element));
			}
			return null;
		}
		try {
			return OpenElement.open(getSite().getPage(), loaded.file(), (EObject) element);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot open", e.getMessage());
			return null;
		}
	}

	/**
	 * Selects and reveals the elements named by the selection: their ids ({@link ModelElement#getId()}),
	 * as other editors and the Project Explorer pass them, or elements of another copy of this model.
	 */
	@Override
	public void selectReveal(ISelection selection) {
		Set<String> ids = new HashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object item : structured.toList()) {
				if (item instanceof String id) {
					ids.add(id);
				} else if (item instanceof ModelElement element && element.getId() != null) {
					ids.add(element.getId());
				}
			}
		}
		List<EObject> found = new ArrayList<>();
		Solution solution = loaded.solution();
		if (ids.contains(solution.getId())) {
			found.add(solution);
		}
		solution.eAllContents().forEachRemaining(object -> {
			if (object instanceof ModelElement element && ids.contains(element.getId())) {
				found.add(element);
			}
		});
		tree.setSelection(new StructuredSelection(found), true);
	}

	/** A problem marker of this file opens at the element it names. */
	private void gotoMarker(IMarker marker) {
		String element = marker.getAttribute(ModelMarkers.ELEMENT, null);
		if (element != null) {
			selectReveal(new StructuredSelection(List.of(element)));
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			SolutionResources.save(loaded.solution().eResource());
			commandStack.saveIsDone();
			firePropertyChange(PROP_DIRTY);
			validateLater();
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot save " + getEditorInput().getName(), e.getMessage());
		}
	}

	/** The validator runs in a workspace job; its findings replace the file's markers. */
	private void validateLater() {
		IFile file = ((IFileEditorInput) getEditorInput()).getFile();
		WorkspaceJob job = new WorkspaceJob("Validating " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				file.refreshLocal(IResource.DEPTH_ZERO, monitor);
				ModelMarkers.replace(file, SolutionValidation.validate(loaded.solution()));
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			propertySheet = new PropertySheetPage();
			propertySheet.setPropertySourceProvider(object -> object instanceof EObject e ? propertySource(e) : null);
			return adapter.cast(propertySheet);
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast((IGotoMarker) this::gotoMarker);
		}
		return super.getAdapter(adapter);
	}

	/** @return how the Properties view edits the element (through this editor's command stack) */
	public org.eclipse.ui.views.properties.IPropertySource propertySource(EObject element) {
		return new ModelPropertySource(element, domain, adapterFactory);
	}

	/** @return the model being edited */
	public LoadedSolution solution() {
		return loaded;
	}

	/** @return the tree of the model (tests select and read it) */
	public TreeViewer tree() {
		return tree;
	}

	@Override
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		commandStack.removeCommandStackListener(dirtyState);
		adapterFactory.dispose();
		super.dispose();
	}
}
