package io.processware.ui.bpmn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.ISetSelectionTarget;

import io.processware.bpmn.BpmnDocument;
import io.processware.bpmn.BpmnExporter;
import io.processware.bpmn.BpmnImportException;
import io.processware.bpmn.BpmnImporter;

/**
 * The BPMN editor: bpmn-js in an SWT Browser over a {@code .bpmn} file of the workspace. The file is
 * read and checked by the interchange bundle in a job, drawn by bpmn-js, and written back through
 * the interchange bundle on save (extensions and diagram kept). Edits in the diagram make the editor
 * dirty; the workbench's Undo, Redo and Save drive bpmn-js's command stack; the selection feeds the
 * Properties view; tasks are tinted by determinism; problems and classifier suggestions appear on
 * the shapes; changes to the file by others are picked up. Others select elements in it by id
 * ({@link #selectReveal}, markers through {@link IGotoMarker}), also while it is still loading.
 */
public class BpmnEditor extends EditorPart implements DiagramPage.Listener, ISetSelectionTarget {
	public static final String ID = "io.processware.ui.bpmn.editor";
	/** The key-binding context active while the diagram is (plugin.xml binds Ctrl+Y to Redo in it). */
	public static final String CONTEXT_ID = "io.processware.ui.bpmn.context";
	/** The family of the editor's jobs (opening, checking), for tests to wait on. */
	public static final Object JOB_FAMILY = BpmnEditor.class;
	private static final long SAVE_TIMEOUT_MS = 30_000;

	private DiagramPage page;
	private final DiagramSelection selection = new DiagramSelection();
	private final Action undo = new Action("Undo") {
		@Override
		public void run() {
			page.undo();
		}
	};
	private final Action redo = new Action("Redo") {
		@Override
		public void run() {
			page.redo();
		}
	};
	private final IResourceChangeListener externalChanges = this::fileChanged;

	private int stackIndex;
	private int savedStackIndex;
	private long savedStamp = IResource.NULL_STAMP;
	private boolean saving;
	private String savedXml;
	private String saveError;
	private volatile boolean imported;
	private volatile double importMillis;
	private volatile int importedElements;
	private volatile String importError;
	private volatile List<ShapeFinding> findings = List.of();
	private final RevealRequests reveals = new RevealRequests();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException("The BPMN editor opens files of the workspace, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		site.setSelectionProvider(selection);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		undo.setEnabled(false);
		redo.setEnabled(false);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(externalChanges, IResourceChangeEvent.POST_CHANGE);
	}

	/** @return the file being edited */
	public IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	@Override
	public void createPartControl(Composite parent) {
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		try {
			page = new DiagramPage(parent, this);
		} catch (IOException e) {
			throw new IllegalStateException("The BPMN editor's page is missing from its bundle", e);
		}
	}

	@Override
	public void ready() {
		load();
	}

	/** Reads and checks the file off the UI thread, then hands it to bpmn-js. */
	private void load() {
		IFile file = file();
		Display display = page.browser().getDisplay();
		imported = false;
		Job opening = new Job("Opening " + file.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try (InputStream in = file.getContents(true)) {
					byte[] bytes = in.readAllBytes();
					BpmnDocument document = BpmnImporter.read(bytes, file.getFullPath().toString());
					// a file without a diagram gets one from the interchange bundle's automatic layout
					String xml = document.wasLaidOutAutomatically()
							? new String(BpmnExporter.toBytes(document), StandardCharsets.UTF_8)
							: new String(bytes, StandardCharsets.UTF_8);
					long stamp = file.getModificationStamp();
					display.asyncExec(() -> {
						if (!page.browser().isDisposed()) {
							savedStamp = stamp;
							page.open(xml);
						}
					});
					return Status.OK_STATUS;
				} catch (BpmnImportException | IOException | CoreException e) {
					importError = e.getMessage();
					display.asyncExec(() -> showError(e.getMessage()));
					return Status.OK_STATUS;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		opening.schedule();
	}

	private void showError(String message) {
		if (!page.browser().isDisposed()) {
			page.browser().setText("<html><body style='font-family:sans-serif'><h3>This file cannot be opened</h3><pre>"
					+ message.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>");
		}
	}

	@Override
	public void imported(String error, int warnings, double millis, int elements, int importedStackIndex) {
		importMillis = millis;
		importedElements = elements;
		importError = error;
		stackIndex = importedStackIndex;
		savedStackIndex = importedStackIndex;
		imported = error == null;
		firePropertyChange(PROP_DIRTY);
		if (error == null) {
			check(null);
			List<String> due = reveals.takeDue();
			if (!due.isEmpty()) {
				// not inside the page's callback: the page cannot be asked back from there
				page.browser().getDisplay().asyncExec(() -> selectReveal(new StructuredSelection(due)));
			}
		}
	}

	@Override
	public void changed(int newStackIndex, boolean canUndo, boolean canRedo) {
		stackIndex = newStackIndex;
		undo.setEnabled(canUndo);
		redo.setEnabled(canRedo);
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void selected(String json) {
		List<TaskPropertySource> sources = TaskFacts.listFromJson(json).stream()
				.map(facts -> new TaskPropertySource(this, facts)).toList();
		selection.setSelection(new StructuredSelection(sources));
	}

	@Override
	public void selectionChanged(String json) {
		List<TaskFacts> now = TaskFacts.listFromJson(json);
		// later, not inside the command: the Properties view may be the one applying it
		page.browser().getDisplay().asyncExec(() -> {
			List<TaskFacts> shown = selection.getSelection() instanceof IStructuredSelection current
					? current.toList().stream().filter(TaskPropertySource.class::isInstance).map(s -> ((TaskPropertySource) s).facts())
							.toList()
					: List.of();
			if (!now.equals(shown) && !page.browser().isDisposed()) {
				selection.setSelection(new StructuredSelection(now.stream().map(facts -> new TaskPropertySource(this, facts)).toList()));
			}
		});
	}

	@Override
	public void saved(String xml, String error) {
		savedXml = xml;
		saveError = error == null && xml == null ? "bpmn-js returned no XML" : error;
		saving = false;
	}

	@Override
	public void failed(String message) {
		importError = message;
	}

	/** Validation and classification of the given (or the saved) content, off the UI thread. */
	private void check(String xml) {
		IFile file = file();
		Display display = page.browser().getDisplay();
		Job checking = new Job("Checking " + file.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					byte[] content = xml != null ? xml.getBytes(StandardCharsets.UTF_8) : file.readAllBytes();
					List<ShapeFinding> found = ShapeFindings.of(content, Path.of(file.getLocation().toOSString()));
					display.asyncExec(() -> {
						if (!page.browser().isDisposed()) {
							findings = found;
							page.showProblems(found);
						}
					});
				} catch (BpmnImportException | CoreException e) {
					// the diagram shows what bpmn-js read; the file's problem is reported when it is opened
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		checking.setPriority(Job.DECORATE);
		checking.schedule();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		Display display = page.browser().getDisplay();
		saving = true;
		savedXml = null;
		saveError = null;
		int savingIndex = stackIndex;
		page.requestSave();
		long until = System.currentTimeMillis() + SAVE_TIMEOUT_MS;
		// bpmn-js serialises asynchronously: keep the UI alive until its answer arrives
		while (saving && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		try {
			if (saving || saveError != null) {
				throw new IOException(saving ? "bpmn-js did not answer within 30 s" : saveError);
			}
			// through the interchange bundle: checked against BPMN 2.0, extensions and diagram kept
			BpmnDocument document = BpmnImporter.read(savedXml.getBytes(StandardCharsets.UTF_8), file().getFullPath().toString());
			byte[] bytes = BpmnExporter.toBytes(document);
			file().setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, monitor);
			savedStamp = file().getModificationStamp();
			savedStackIndex = savingIndex;
			firePropertyChange(PROP_DIRTY);
			check(null);
		} catch (IOException | BpmnImportException | CoreException failed) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			MessageDialog.openError(getSite().getShell(), "Cannot save " + file().getName(), failed.getMessage());
		}
	}

	/** Another editor, a git checkout or the command line changed the file. */
	private void fileChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file().getFullPath());
		if (delta == null || (delta.getFlags() & IResourceDelta.CONTENT) == 0 || page == null) {
			return;
		}
		long stamp = file().getModificationStamp();
		Display display = page.browser().getDisplay();
		display.asyncExec(() -> {
			if (page.browser().isDisposed() || stamp == savedStamp) {
				return; // our own save
			}
			if (!isDirty() || MessageDialog.openQuestion(getSite().getShell(), "File changed",
					file().getName() + " changed on disk. Replace the diagram's unsaved changes with the file?")) {
				load();
			} else {
				savedStamp = stamp;
			}
		});
	}

	/** Sets a task's determinism in the diagram (from the Properties view); @return its facts after */
	TaskFacts setDeterminism(String elementId, String literal) {
		return edit(elementId, page -> page.setDeterminism(elementId, literal));
	}

	/** Sets (or with "" clears) a task's implementation status; @return its facts after */
	TaskFacts setImplementationStatus(String elementId, String literal) {
		return edit(elementId, page -> page.setImplementationStatus(elementId, literal));
	}

	/** Replaces the rule sets that cover a task; @return its facts after */
	TaskFacts setRules(String elementId, List<String> ruleSetIds) {
		return edit(elementId, page -> page.setRules(elementId, ruleSetIds));
	}

	/** One bpmn-js command on the task's profile: on bpmn-js's undo stack, and the editor is dirty. */
	private TaskFacts edit(String elementId, Consumer<DiagramPage> command) {
		command.accept(page);
		// the page reports the change too, but maybe later: the editor is dirty from now on
		changed(page.stackIndex(), true, false);
		return page.describe(elementId);
	}

	/**
	 * Selects diagram elements by their BPMN ids ({@code String}s; Properties-view entries of this
	 * editor also do) and scrolls the first into view. Called right after the editor opened, the
	 * selection waits until bpmn-js has drawn the file.
	 */
	@Override
	public void selectReveal(ISelection wanted) {
		List<String> ids = RevealRequests.idsOf(wanted);
		if (ids.isEmpty()) {
			return;
		}
		if (page == null || !imported) {
			reveals.postpone(ids);
			return;
		}
		page.selectReveal(ids);
	}

	/** @return the ids of the elements selected in the diagram, as bpmn-js has them */
	public List<String> selectedElementIds() {
		return imported ? page.selectedIds() : List.of();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			// a problem marker names its diagram element (RevealRequests.MARKER_ATTRIBUTES)
			IGotoMarker goTo = marker -> selectReveal(new StructuredSelection(RevealRequests.idsOf(marker)));
			return adapter.cast(goTo);
		}
		if (adapter == ISetSelectionTarget.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public boolean isDirty() {
		return stackIndex != savedStackIndex;
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
		page.browser().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(externalChanges);
		super.dispose();
	}

	/** @return whether bpmn-js shows the file (tests and the benchmark wait for it) */
	public boolean isImported() {
		return imported;
	}

	/** @return the message of the last failed import, or null */
	public String importError() {
		return importError;
	}

	/** @return how long bpmn-js took to import and draw the file, in ms (the page measures it) */
	public double importMillis() {
		return importMillis;
	}

	/** @return how many diagram elements bpmn-js drew (shapes, connections, labels, root) */
	public int importedElements() {
		return importedElements;
	}

	/** @return the badges shown on the shapes */
	public List<ShapeFinding> findings() {
		return findings;
	}

	/** Runs script in the page, e.g. bpmn-js's modeling API through {@code window.pw.modeler}. */
	public Object evaluate(String script) {
		return page.evaluate(script);
	}

	/** @return what the page is doing, for error messages: its URL, load state and scripts */
	public String diagnose() {
		Object state = page.evaluate("return document.readyState + ', BpmnJS ' + typeof BpmnJS + ', pw ' + typeof window.pw"
);
		return page.browser().getUrl() + ": " + state;
	}

	/** @return the Browser showing the diagram (tests give it the keyboard focus) */
	org.eclipse.swt.browser.Browser browser() {
		return page.browser();
	}

	/** Selects one element of the diagram, as a click would. */
	public void select(String elementId) {
		page.select(elementId);
	}
}
