package io.processware.ui.explorer;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Keeps the model's own order in the Project Explorer (domains, processes, rule sets, … as the model
 * editor shows them, and a process's nodes in flow order) instead of the explorer's alphabetical one.
 */
public final class ModelOrder extends ViewerComparator {

	@Override
	public int compare(Viewer viewer, Object first, Object second) {
		return 0;
	}
}
