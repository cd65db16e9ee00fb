package io.processware.ui.rules;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.processware.ui.rules.language.Snapshot;

/**
 * Checks the editor's text with the language off the UI thread — parse, link into the solution
 * model, validate, colour, outline — a moment after the analyst stops typing, then hands the
 * result to the UI thread.
 */
final class RulesCheckJob extends Job {
	/** The family of every rules check, for tests and shutdown to wait on. */
	public static final Object FAMILY = RulesCheckJob.class;
	private static final long TYPING_PAUSE_MS = 250;

	private final RulesEditor editor;
	private final Display display;
	private volatile String text;

	RulesCheckJob(RulesEditor editor, Display display) {
		super("Checking rules");
		this.editor = editor;
		this.display = display;
		setPriority(Job.DECORATE);
	}

	/** Checks this text soon; a newer text replaces a pending one. */
	void check(String latest) {
		text = latest;
		schedule(TYPING_PAUSE_MS);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		String checking = text;
		if (checking == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Snapshot snapshot = editor.session().update(checking);
		if (!display.isDisposed()) {
			display.asyncExec(() -> editor.show(snapshot));
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
