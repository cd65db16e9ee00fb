package io.processware.generator.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import io.processware.generator.ModelView;
import io.processware.generator.application.AttributeModel;
import io.processware.generator.application.EntityModel;
import io.processware.generator.application.EnvironmentModel;
import io.processware.generator.application.Names;
import io.processware.generator.application.ServiceModel;
import io.processware.model.domain.DataClassification;
import io.processware.model.domain.Entity;
import io.processware.model.process.Process;
import io.processware.model.process.SendTask;
import io.processware.model.process.ServiceTask;
import io.processware.model.process.Task;
import io.processware.model.process.UserTask;
import io.processware.model.solution.IdentityProtocol;
import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.Permission;
import io.processware.model.solution.PermissionAction;
import io.processware.model.solution.SecurityRequirements;
import io.processware.model.solution.Solution;

/**
 * The solution's security as the security templates see it. Who may do what to an entity's REST
 * collection is decided in this order: the model's permissions on the entity; else the roles that
 * may start or perform a process whose tasks use the entity (and the performers of those tasks);
 * else any authenticated user. Requests without a valid token are always rejected.
 *
 * @param service        the service the application target generates (names, package, entities)
 * @param issuer         the OIDC issuer, or empty
 * @param serviceSecurity whether the service gets its Spring Security configuration (an OIDC
 *                        identity provider is modelled)
 * @param roles          the model's roles
 * @param rules          one per entity and action
 * @param processes      one policy per process
 * @param environments   the deployment environments (one RBAC file each)
 */
public record SecurityModel(ServiceModel service, String issuer, boolean serviceSecurity, List<RoleModel> roles,
		List<AccessRule> rules, List<ProcessPolicy> processes, List<EnvironmentModel> environments)
		implements ModelView {

	private static final List<PermissionAction> ENTITY_ACTIONS = List.of(PermissionAction.READ,
			PermissionAction.CREATE, PermissionAction.UPDATE, PermissionAction.DELETE);

	/** @return the security model of a solution */
	public static SecurityModel of(Solution solution) {
		ServiceModel service = ServiceModel.of(solution);
		SecurityRequirements security = solution.getSecurity();
		List<RoleModel> roles = security == null ? List.of() : security.getRoles().stream().map(RoleModel::of).toList();
		List<AccessRule> rules = new ArrayList<>();
		for (EntityModel entity : service.entities()) {
			for (PermissionAction action : ENTITY_ACTIONS) {
				rules.add(rule(solution, entity, action, roles));
			}
		}
		List<ProcessPolicy> processes = solution.getProcesses().stream()
				.map(process -> policy(process, service, rules, roles, security)).toList();
		boolean oidc = security != null && security.getIdentityProvider() != null
				&& security.getIdentityProvider().getProtocol() == IdentityProtocol.OIDC;
		String issuer = oidc && security.getIdentityProvider().getIssuer() != null
				? security.getIdentityProvider().getIssuer() : "";
		return new SecurityModel(service, issuer, oidc, roles, rules, processes, service.environments());
	}

	private static AccessRule rule(Solution solution, EntityModel entity, PermissionAction action, List<RoleModel> roles) {
		String collection = "/api/" + entity.collectionPath();
		String method = switch (action) {
		case CREATE -> "POST";
		case UPDATE -> "PUT";
		case DELETE -> "DELETE";
		default -> "GET";
		};
		List<String> paths = switch (action) {
		case CREATE -> List.of(collection);
		case UPDATE, DELETE -> List.of(collection + "/*");
		default -> List.of(collection, collection + "/*");
		};
		SecurityRequirements security = solution.getSecurity();
		Set<RoleModel> granted = new LinkedHashSet<>();
		List<String> grants = new ArrayList<>();
		if (security != null) {
			for (Permission permission : security.getPermissions()) {
				if (permission.getEntity() == entity.source() && permission.getActions().contains(action)
						&& permission.getRole() != null) {
					granted.add(role(roles, permission.getRole()));
					grants.add(permission.getId());
				}
			}
		}
		String basis;
		if (!granted.isEmpty()) {
			basis = "granted by permission " + String.join(", ", grants);
		} else {
			List<String> processes = new ArrayList<>();
			for (Process process : solution.getProcesses()) {
				boolean uses = tasks(process).stream().anyMatch(task -> task.getEntities().contains(entity.source()));
				if (!uses) {
					continue;
				}
				processes.add(process.getName());
				if (security != null) {
					for (Permission permission : security.getPermissions()) {
						if (permission.getProcess() == process && permission.getRole() != null
								&& (permission.getActions().contains(PermissionAction.START)
										|| permission.getActions().contains(PermissionAction.PERFORM))) {
							granted.add(role(roles, permission.getRole()));
						}
					}
				}
				tasks(process).stream().filter(UserTask.class::isInstance).map(UserTask.class::cast)
						.filter(task -> task.getEntities().contains(entity.source()) && task.getPerformer() != null)
						.forEach(task -> granted.add(role(roles, task.getPerformer())));
			}
			basis = granted.isEmpty() ? "no permission or process names a role: any authenticated user"
					: "the roles that start or perform " + String.join(", ", processes) + ", whose tasks use it";
		}
		RoleModel denied = granted.isEmpty() ? null
				: roles.stream().filter(Predicate.not(granted::contains)).findFirst().orElse(null);
		return new AccessRule(entity, action, method, paths, List.copyOf(granted), basis, denied);
	}

	private static RoleModel role(List<RoleModel> roles, io.processware.model.solution.Role role) {
		return roles.stream().filter(candidate -> candidate.source() == role).findFirst().orElseGet(() -> RoleModel.of(role));
	}

	private static ProcessPolicy policy(Process process, ServiceModel service, List<AccessRule> rules,
			List<RoleModel> roles, SecurityRequirements security) {
		List<String> grants = new ArrayList<>();
		if (security != null) {
			for (Permission permission : security.getPermissions()) {
				if (permission.getProcess() == process && permission.getRole() != null) {
					grants.add(role(roles, permission.getRole()).authority() + ": " + String.join(", ",
							permission.getActions().stream().map(a -> a.getLiteral().toLowerCase(Locale.ROOT)).toList()));
				}
			}
		}
		List<Task> tasks = tasks(process);
		List<String> userTasks = tasks.stream().filter(UserTask.class::isInstance).map(UserTask.class::cast)
				.map(task -> task.getName() + ": " + (task.getPerformer() == null ? "no performer modelled"
						: role(roles, task.getPerformer()).authority()))
				.toList();
		Set<Entity> used = new LinkedHashSet<>();
		tasks.forEach(task -> used.addAll(task.getEntities()));
		List<AccessRule> processRules = rules.stream().filter(rule -> used.contains(rule.entity().source())).toList();
		List<String> sensitive = new ArrayList<>();
		for (EntityModel entity : service.entities()) {
			if (!used.contains(entity.source())) {
				continue;
			}
			for (AttributeModel attribute : entity.attributes()) {
				DataClassification classification = attribute.source().getClassification();
				if (attribute.personalData() || classification == DataClassification.CONFIDENTIAL
						|| classification == DataClassification.RESTRICTED) {
					sensitive.add(entity.className() + "." + attribute.field() + ": "
							+ attribute.classification().toLowerCase(Locale.ROOT)
							+ (attribute.personalData() ? ", personal data" : ""));
				}
			}
		}
		Set<String> legacy = new LinkedHashSet<>();
		for (Task task : tasks) {
			LegacySystem system = task instanceof ServiceTask service1 ? service1.getLegacySystem()
					: task instanceof SendTask send ? send.getLegacySystem() : null;
			if (system != null) {
				legacy.add(system.getName() + " (" + system.getProtocol() + ")");
			}
		}
		return new ProcessPolicy(process, Names.kebab(process.getName()), grants, userTasks, processRules, sensitive,
				List.copyOf(legacy));
	}

	/** @return every task of a process, in its sub-processes too */
	static List<Task> tasks(Process process) {
		List<Task> tasks = new ArrayList<>();
		for (java.util.Iterator<EObject> all = process.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Task task) {
				tasks.add(task);
			}
		}
		return tasks;
	}

	/** @return the entity rules that restrict to some roles */
	public List<AccessRule> restrictedRules() {
		return rules.stream().filter(AccessRule::restricted).toList();
	}

	@Override
	public Object element() {
		return service.solution();
	}
}
