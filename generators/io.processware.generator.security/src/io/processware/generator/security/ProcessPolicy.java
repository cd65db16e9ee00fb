package io.processware.generator.security;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.model.process.Process;

/**
 * The security policy of one business process, as its document states it.
 *
 * @param source        the process
 * @param file          the document's file name, without extension
 * @param grants        "role: actions" lines from the model's process permissions
 * @param userTasks     "task: performer" lines
 * @param rules         the access rules of the entities the process's tasks use
 * @param sensitiveData "Entity.attribute: classification, personal data" lines
 * @param legacySystems the legacy systems its tasks call
 */
public record ProcessPolicy(Process source, String file, List<String> grants, List<String> userTasks,
		List<AccessRule> rules, List<String> sensitiveData, List<String> legacySystems) implements ModelView {

	@Override
	public Object element() {
		return source;
	}
}
