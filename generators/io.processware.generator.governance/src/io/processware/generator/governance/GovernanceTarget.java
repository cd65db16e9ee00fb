package io.processware.generator.governance;

import io.processware.generator.TemplateSet;
import io.processware.generator.application.ServiceExtensionTarget;
import io.processware.generator.targets.BundledTemplates;
import io.processware.model.generation.ArtefactKind;

/**
 * Data governance: the data catalog with lineage, database column comments, the retention job and
 * its test in the service, checked by {@link GovernanceQa} (JSON Schema and residency).
 * A solution overrides its templates in {@code templates/governance/}.
 */
public final class GovernanceTarget extends ServiceExtensionTarget {

	/** The target with the bundled templates (created by the extension registry). */
	public GovernanceTarget() {
		this(BundledTemplates.of(GovernanceTarget.class));
	}

	public GovernanceTarget(TemplateSet templates) {
		super(templates, ArtefactKind.DATA_CATALOG, GovernanceModel::of, GovernanceQa::report);
	}
}
