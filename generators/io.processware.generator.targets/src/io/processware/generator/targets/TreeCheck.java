package io.processware.generator.targets;

import java.nio.file.Path;
import java.util.Collection;

import io.processware.generator.QaReport;

/**
 * A check of the whole generated tree, run after every target has generated and beside the targets'
 * own validators: properties no single target can vouch for, such as "no file holds a credential".
 * Contributed to the extension point {@code io.processware.generator.targets.targets} as
 * {@code <treeCheck class="…"/>}.
 */
public interface TreeCheck {

	/**
	 * @param output the output folder
	 * @param files  every file the trace records, of every target, relative to {@code output}
	 */
	QaReport check(Path output, Collection<String> files);
}
