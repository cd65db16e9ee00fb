package io.processware.generator.security;

import io.processware.generator.TemplateSet;
import io.processware.generator.application.ServiceExtensionTarget;
import io.processware.generator.targets.BundledTemplates;
import io.processware.model.generation.ArtefactKind;

/**
 * Security policies: the service's Spring Security configuration and access tests, Kubernetes RBAC
 * per environment and a policy document per process, checked by {@link SecurityQa}.
 * A solution overrides its templates in {@code templates/security/}.
 */
public final class SecurityTarget extends ServiceExtensionTarget {

	/** The target with the bundled templates (created by the extension registry). */
	public SecurityTarget() {
		this(BundledTemplates.of(SecurityTarget.class));
	}

	public SecurityTarget(TemplateSet templates) {
		super(templates, ArtefactKind.SECURITY_POLICY, SecurityModel::of, SecurityQa::report);
	}
}
