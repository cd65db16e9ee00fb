package io.processware.generator.security;

import java.util.List;

import io.processware.generator.application.EntityModel;
import io.processware.model.solution.PermissionAction;

/**
 * Who may do one thing to an entity's REST collection.
 *
 * @param entity      the entity
 * @param action      what the request does to it
 * @param method      the HTTP method
 * @param paths       the request paths it covers
 * @param roles       the roles allowed; empty means any authenticated user
 * @param basis       why these roles, in the model's words, for the policy document
 * @param deniedRole  a model role that is not allowed, for the generated access test; null when none
 */
public record AccessRule(EntityModel entity, PermissionAction action, String method, List<String> paths,
		List<RoleModel> roles, String basis, RoleModel deniedRole) {

	public AccessRule {
		paths = List.copyOf(paths);
		roles = List.copyOf(roles);
	}

	/** @return the action in lower case, as documents name it */
	public String actionName() {
		return action.getLiteral().toLowerCase(java.util.Locale.ROOT);
	}

	/** @return whether only some roles may do it */
	public boolean restricted() {
		return !roles.isEmpty();
	}

	/** @return a path the access test requests: the collection for POST and GET, an unknown id otherwise */
	public String samplePath() {
		return action == PermissionAction.UPDATE || action == PermissionAction.DELETE
				? paths.get(0).replace("*", "987654321") : paths.get(0);
	}
}
