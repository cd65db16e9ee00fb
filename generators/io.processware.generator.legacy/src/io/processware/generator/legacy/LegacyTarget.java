package io.processware.generator.legacy;

import io.processware.generator.TemplateSet;
import io.processware.generator.application.ServiceExtensionTarget;
import io.processware.generator.targets.BundledTemplates;
import io.processware.model.generation.ArtefactKind;

/**
 * Legacy integration: a resilient adapter per legacy system (timeouts, retries, circuit breaker)
 * with contract tests against a stub on 127.0.0.1, checked by {@link LegacyQa}.
 * A solution overrides its templates in {@code templates/legacy/}.
 */
public final class LegacyTarget extends ServiceExtensionTarget {

	/** The target with the bundled templates (created by the extension registry). */
	public LegacyTarget() {
		this(BundledTemplates.of(LegacyTarget.class));
	}

	public LegacyTarget(TemplateSet templates) {
		super(templates, ArtefactKind.LEGACY_ADAPTER, LegacyModel::of, LegacyQa::report);
	}
}
