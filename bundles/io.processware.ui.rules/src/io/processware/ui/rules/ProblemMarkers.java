package io.processware.ui.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The rules file's problems as markers of the Problems view, replaced whenever the saved content was
 * checked. A workspace job, because markers change the workspace and must not race a build.
 */
final class ProblemMarkers {
	/** Declared in plugin.xml as a persistent problem and text marker. */
	static final String TYPE = "io.processware.ui.rules.problem";
	static final String CODE = "code";

	private ProblemMarkers() {
	}

	static void replaceLater(IFile file, List<Issue> issues) {
		WorkspaceJob job = new WorkspaceJob("Updating problems of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists()) {
					replace(file, issues);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
		job.setSystem(true);
		job.schedule();
	}

	static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			int offset = issue.getOffset() == null ? 0 : issue.getOffset();
			int length = issue.getLength() == null ? 0 : issue.getLength();
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			attributes.put(IMarker.SEVERITY, severity(issue.getSeverity()));
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
			attributes.put(IMarker.CHAR_START, offset);
			attributes.put(IMarker.CHAR_END, offset + length);
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
			if (issue.getCode() != null) {
				attributes.put(CODE, issue.getCode());
			}
			// all attributes at once: the Problems view and tests never see a half-made marker
			file.createMarker(TYPE, attributes);
		}
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
