package io.processware.ui.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import io.processware.model.persistence.SolutionLoadException;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.solution.Solution;

/**
 * The solution models the Project Explorer shows, one per {@code .pws} file, read-only. A model is
 * loaded in a job (a big solution must not freeze the workbench); until it arrives its file shows a
 * {@link Pending} node, and a file that cannot be loaded shows an {@link Unloadable} node with the
 * loader's message. A model is current while its file's modification stamp is the one it was loaded
 * at; when the file changes on disk or is saved, the listeners (the explorer's content providers)
 * refresh it, which loads it again.
 */
final class NavigatorModels implements IResourceChangeListener {
	/** The job family of the loads, for those who wait on them. */
	static final Object LOADING = NavigatorModels.class;
	private static NavigatorModels instance;

	/** The explorer's placeholder while a file's model loads. */
	record Pending(IFile file) {
	}

	/** A file whose model cannot be loaded, with the loader's reason (file, line, element). */
	record Unloadable(IFile file, String reason) {
	}

	private record Entry(long stamp, Object root) {
	}

	private final Map<IFile, Entry> roots = new ConcurrentHashMap<>();
	private final List<Consumer<IFile>> listeners = new CopyOnWriteArrayList<>();
	private final ComposedAdapterFactory adapterFactory = ItemProviders.adapterFactory();

	private NavigatorModels() {
	}

	static synchronized NavigatorModels get() {
		if (instance == null) {
			instance = new NavigatorModels();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(instance, IResourceChangeEvent.POST_CHANGE);
		}
		return instance;
	}

	/** The item providers for the explorer's labels, icons and children. */
	ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	void addListener(Consumer<IFile> listener) {
		listeners.add(listener);
	}

	void removeListener(Consumer<IFile> listener) {
		listeners.remove(listener);
	}

	/** @return the file's {@link Solution}, or a {@link Pending} node while it loads, or an {@link Unloadable} one */
	Object root(IFile file) {
		long stamp = file.getModificationStamp();
		Entry entry = roots.get(file);
		if (entry != null && entry.stamp() == stamp) {
			return entry.root();
		}
		Pending pending = new Pending(file);
		roots.put(file, new Entry(stamp, pending));
		load(file, stamp);
		return pending;
	}

	private void load(IFile file, long stamp) {
		Job job = new Job("Loading " + file.getFullPath()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Object root;
				try {
					root = SolutionResources.load(SolutionResources.newResourceSet(), Path.of(file.getLocation().toOSString()))
							.solution();
				} catch (SolutionLoadException e) {
					root = new Unloadable(file, e.getMessage());
				} catch (RuntimeException e) {
					root = new Unloadable(file, String.valueOf(e.getMessage()));
				}
				// a newer version of the file may have been asked for meanwhile: that one has its own job
				Entry loaded = new Entry(stamp, root);
				if (roots.computeIfPresent(file, (key, entry) -> entry.stamp() == stamp ? loaded : entry) == loaded) {
					listeners.forEach(listener -> listener.accept(file));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LOADING;
			}
		};
		job.setSystem(true);
		job.setPriority(Job.SHORT);
		job.schedule();
	}

	/** @return the {@code .pws} file a shown element was loaded from, or null */
	IFile fileOf(EObject element) {
		EObject root = EcoreUtil.getRootContainer(element);
		return roots.entrySet().stream().filter(e -> e.getValue().root() == root).map(Map.Entry::getKey).findFirst()
				.orElse(null);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		try {
			event.getDelta().accept(delta -> {
				if (delta.getKind() == IResourceDelta.REMOVED) {
					// a deleted project or folder: its files' models go too (a new file at the same path
					// starts with modification stamps the old models were loaded at)
					roots.keySet().removeIf(file -> delta.getFullPath().isPrefixOf(file.getFullPath()));
					return false;
				}
				if (delta.getResource().getType() != IResource.FILE) {
					return true;
				}
				IFile file = (IFile) delta.getResource();
				if (!roots.containsKey(file)) {
					return false;
				}
				if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
					// the old model stays until the refresh asks for the file's root: its stamp is new, so it loads again
					listeners.forEach(listener -> listener.accept(file));
				}
				return false;
			});
		} catch (CoreException e) {
			// a delta we cannot walk leaves the models as they are; the next change refreshes them
		}
	}
}
