package io.processware.ui.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.validation.Issue;

/** Keeps the editor's squiggles in step with the latest problems, replacing the previous ones at once. */
final class ProblemAnnotations {
	private List<IssueAnnotation> current = new ArrayList<>();

	void replace(IAnnotationModel model, List<Issue> issues, int documentLength) {
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		List<IssueAnnotation> next = new ArrayList<>();
		for (Issue issue : issues) {
			int offset = Math.min(issue.getOffset() == null ? 0 : issue.getOffset(), documentLength);
			int length = Math.min(issue.getLength() == null ? 0 : issue.getLength(), documentLength - offset);
			IssueAnnotation annotation = new IssueAnnotation(issue);
			next.add(annotation);
			added.put(annotation, new Position(offset, Math.max(length, 0)));
		}
		Annotation[] removed = current.toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed, added);
		} else {
			for (Annotation annotation : removed) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		current = next;
	}

	/** @return the problems shown now, for quick fixes and tests */
	List<IssueAnnotation> current() {
		return List.copyOf(current);
	}
}
