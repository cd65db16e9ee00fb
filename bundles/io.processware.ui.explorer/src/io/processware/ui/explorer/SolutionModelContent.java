package io.processware.ui.explorer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

import io.processware.model.solution.ModelElement;

/**
 * The Project Explorer's children of a solution's {@code .pws} file: its solution and, below it, the
 * model tree of the item providers (processes, tasks, entities, attributes, rule sets, legacy systems,
 * environments, boards) — the same tree the model editor shows. When the file's model is (re)loaded,
 * the file's subtree is refreshed and the elements that were expanded are expanded again, by id.
 * Called on the UI thread only (the viewer's thread), so its maps need no locking.
 */
public final class SolutionModelContent implements ITreeContentProvider {
	private final NavigatorModels models = NavigatorModels.get();
	private final ItemProviders.Content items = new ItemProviders.Content(models.adapterFactory());
	private final Consumer<IFile> reloaded = this::refreshLater;
	private final Map<IFile, Object> shownRoots = new HashMap<>();
	private final Map<IFile, Set<String>> waitingToExpand = new HashMap<>();
	private AbstractTreeViewer viewer;

	public SolutionModelContent() {
		models.addListener(reloaded);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof AbstractTreeViewer tree ? tree : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IFile file) {
			Object root = models.root(file);
			if (shownRoots.put(file, root) instanceof EObject previous && previous != root) {
				rootChanged(file, previous);
			}
			return new Object[] { root };
		}
		return parent instanceof EObject ? items.getChildren(parent) : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof EObject object && object.eContainer() == null) {
			return models.fileOf(object);
		}
		if (element instanceof NavigatorModels.Pending pending) {
			return pending.file();
		}
		if (element instanceof NavigatorModels.Unloadable unloadable) {
			return unloadable.file();
		}
		return element instanceof EObject ? items.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof IFile || element instanceof EObject && items.hasChildren(element);
	}

	private void refreshLater(IFile file) {
		AbstractTreeViewer tree = viewer;
		Control control = tree == null ? null : tree.getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> refresh(tree, file));
		}
	}

	/** Refreshes the file's subtree and expands again, by id, what was expanded in the file's previous model. */
	private void refresh(AbstractTreeViewer tree, IFile file) {
		if (tree.getControl().isDisposed()) {
			return;
		}
		tree.refresh(file, true);
		Set<String> expanded = waitingToExpand.get(file);
		if (expanded != null && models.root(file) instanceof ModelElement solution && tree.getExpandedState(file)) {
			waitingToExpand.remove(file);
			if (expanded.contains(solution.getId())) {
				tree.setExpandedState(solution, true);
			}
			solution.eAllContents().forEachRemaining(object -> {
				if (object instanceof ModelElement element && expanded.contains(element.getId())) {
					tree.setExpandedState(element, true);
				}
			});
		}
	}

	/**
	 * The file's root changes (its model is reloading): the tree still shows the previous model, whose
	 * objects will be gone, so what is expanded there is remembered by id.
	 */
	private void rootChanged(IFile file, EObject previous) {
		AbstractTreeViewer tree = viewer;
		if (tree == null) {
			return;
		}
		Set<String> expanded = waitingToExpand.computeIfAbsent(file, key -> new HashSet<>());
		for (Object element : tree.getExpandedElements()) {
			if (element instanceof ModelElement model && model.getId() != null && EcoreUtil.getRootContainer(model) == previous) {
				expanded.add(model.getId());
			}
		}
	}

	@Override
	public void dispose() {
		models.removeListener(reloaded);
	}
}
