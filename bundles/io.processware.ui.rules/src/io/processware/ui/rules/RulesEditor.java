package io.processware.ui.rules;

import java.io.File;
import java.util.List;
import java.util.ResourceBundle;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.processware.ui.rules.language.RulesSession;
import io.processware.ui.rules.language.Snapshot;

/**
 * The rules editor: a platform text editor whose language features all come from the rules
 * language's ide services through a {@link RulesSession} — colouring, content assist with the
 * solution model's names, problems while typing (squiggles) and on save (Problems view), hover,
 * outline, formatting, quick fixes, go to definition and "Try it".
 */
public class RulesEditor extends TextEditor {
	public static final String ID = "io.processware.ui.rules.editor";
	static final String CONTEXT = "io.processware.ui.rules.context";

	private final ProblemAnnotations problems = new ProblemAnnotations();
	private RulesSession session;
	private RulesCheckJob checkJob;
	private SemanticColouring colouring;
	private RulesOutlinePage outline;
	private volatile Snapshot snapshot;
	private final IDocumentListener typing = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			checkJob.check(event.getDocument().get());
		}
	};

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setPreferenceStore(new ChainedPreferenceStore(new org.eclipse.jface.preference.IPreferenceStore[] {
				EditorsUI.getPreferenceStore() }));
		setSourceViewerConfiguration(new RulesViewerConfiguration(this, getPreferenceStore()));
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		session = new RulesSession(location(input));
		snapshot = null;
	}

	private static File location(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null && file.getLocation() != null) {
			return file.getLocation().toFile();
		}
		if (input instanceof IURIEditorInput uriInput) {
			return new File(uriInput.getURI());
		}
		return new File(input.getName()).getAbsoluteFile();
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ISourceViewer viewer = getSourceViewer();
		colouring = new SemanticColouring(viewer);
		checkJob = new RulesCheckJob(this, parent.getDisplay());
		document().addDocumentListener(typing);
		checkJob.check(document().get());
	}

	@Override
	protected void createActions() {
		super.createActions();
		ContentAssistAction assist = new ContentAssistAction(ResourceBundle.getBundle("io.processware.ui.rules.messages"),
				"ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
	}

	/** Shows what the language found, if it is still about the text on screen (UI thread). */
	void show(Snapshot checked) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()
				|| !checked.text().equals(document().get())) {
			return;
		}
		snapshot = checked;
		// a clean editor shows the Problems view's markers; typing shows the live problems instead
		problems.replace(viewer.getAnnotationModel(), isDirty() ? checked.issues() : List.of(), checked.text().length());
		colouring.update(checked.highlights());
		if (outline != null) {
			outline.update(checked.symbols(), checked.text());
		}
		if (!isDirty()) {
			IFile file = getEditorInput().getAdapter(IFile.class);
			if (file != null) {
				ProblemMarkers.replaceLater(file, checked.issues());
			}
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		super.doSave(monitor);
		// the saved text is checked again and its problems become markers (see show)
		checkJob.check(document().get());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new RulesOutlinePage(this);
				Snapshot latest = snapshot;
				if (latest != null) {
					outline.update(latest.symbols(), latest.text());
				}
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (checkJob != null) {
			checkJob.cancel();
		}
		IDocument document = getDocumentProvider() == null ? null : document();
		if (document != null) {
			document.removeDocumentListener(typing);
		}
		super.dispose();
	}

	/** @return the language session of the open file */
	public RulesSession session() {
		return session;
	}

	/** @return the latest checked version of the text, or null before the first check ended */
	public Snapshot snapshot() {
		return snapshot;
	}

	/** @return the document being edited */
	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	/** @return the viewer, for actions and tests (content assist, quick fixes) */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** @return the squiggles shown now */
	List<IssueAnnotation> liveProblems() {
		return problems.current();
	}

	/** @return the semantic colouring shown now */
	List<io.processware.ui.rules.language.Highlight> semanticColouring() {
		return colouring.highlights();
	}

	RulesOutlinePage outline() {
		return outline;
	}
}
