package io.processware.ui.explorer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import io.processware.model.solution.ModelElement;
import io.processware.model.validation.Finding;

/** The solution validator's findings as Problems-view markers naming the element and the rule. */
final class ModelMarkers {
	static final String TYPE = "io.processware.ui.explorer.problem";
	static final String ELEMENT = "element";
	static final String RULE = "rule";

	private ModelMarkers() {
	}

	static void replace(IFile file, List<Finding> findings) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Finding finding : findings) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, finding.message() + " [" + finding.rule().id() + "]");
			attributes.put(IMarker.SEVERITY, switch (finding.severity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			attributes.put(IMarker.LOCATION, finding.elementLabel());
			attributes.put(RULE, finding.rule().id());
			if (finding.element() instanceof ModelElement element && element.getId() != null) {
				attributes.put(ELEMENT, element.getId());
			}
			file.createMarker(TYPE, attributes);
		}
	}
}
