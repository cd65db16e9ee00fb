package io.processware.generator.security;

import io.processware.generator.ModelView;
import io.processware.generator.application.Names;
import io.processware.model.solution.Role;

/**
 * A business role as the service's tokens carry it.
 *
 * @param source    the model element
 * @param authority the role's name in the identity provider's roles claim (its model id)
 */
public record RoleModel(Role source, String authority) implements ModelView {

	static RoleModel of(Role role) {
		return new RoleModel(role, role.getId() != null && !role.getId().isBlank() ? role.getId() : Names.kebab(role.getName()));
	}

	@Override
	public Object element() {
		return source;
	}
}
