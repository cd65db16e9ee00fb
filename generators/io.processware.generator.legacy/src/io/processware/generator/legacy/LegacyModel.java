package io.processware.generator.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;

import io.processware.generator.GenerationException;
import io.processware.generator.ModelView;
import io.processware.generator.application.Names;
import io.processware.generator.application.ServiceModel;
import io.processware.model.process.Process;
import io.processware.model.process.SendTask;
import io.processware.model.process.ServiceTask;
import io.processware.model.process.Task;
import io.processware.model.solution.EndpointKind;
import io.processware.model.solution.IntegrationProtocol;
import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.Solution;

/**
 * The legacy systems as the legacy templates see them. Operations are the ones the processes'
 * service and send tasks call, named as the application target names them in the adapter
 * interfaces the generated clients implement.
 *
 * @param service   the service the application target generates
 * @param systems   one per legacy system
 * @param protocols the protocols in use, lower case
 */
public record LegacyModel(ServiceModel service, List<SystemModel> systems, Set<String> protocols)
		implements ModelView {

	private static final int DEFAULT_TIMEOUT_MILLIS = 5000;

	/**
	 * @throws GenerationException when two systems would become the same class
	 */
	public static LegacyModel of(Solution solution) {
		ServiceModel service = ServiceModel.of(solution);
		Map<LegacySystem, List<SystemModel.Operation>> operations = new LinkedHashMap<>();
		solution.getLegacySystems().forEach(system -> operations.put(system, new ArrayList<>()));
		for (Process process : solution.getProcesses()) {
			for (java.util.Iterator<EObject> all = process.eAllContents(); all.hasNext();) {
				if (all.next() instanceof Task task) {
					operation(task, operations);
				}
			}
		}
		List<SystemModel> systems = new ArrayList<>();
		Map<String, String> classes = new LinkedHashMap<>();
		Set<String> protocols = new TreeSet<>();
		for (Map.Entry<LegacySystem, List<SystemModel.Operation>> entry : operations.entrySet()) {
			SystemModel system = system(entry.getKey(), entry.getValue());
			String other = classes.putIfAbsent(system.className(), entry.getKey().getId());
			if (other != null) {
				throw new GenerationException("legacy systems '" + other + "' and '" + entry.getKey().getId()
						+ "' would both become class " + system.className() + "; rename one of them");
			}
			systems.add(system);
			protocols.add(system.protocol());
		}
		return new LegacyModel(service, List.copyOf(systems), protocols);
	}

	private static void operation(Task task, Map<LegacySystem, List<SystemModel.Operation>> operations) {
		LegacySystem system = task instanceof ServiceTask s ? s.getLegacySystem()
				: task instanceof SendTask send ? send.getLegacySystem() : null;
		if (system == null || !operations.containsKey(system)) {
			return;
		}
		// named as the application target's adapter interface names them
		String name = task instanceof ServiceTask s && s.getOperation() != null && !s.getOperation().isBlank()
				? s.getOperation()
				: task instanceof SendTask send && send.getMessage() != null ? "send " + send.getMessage() : task.getName();
		String method = Names.javaMember(name);
		List<SystemModel.Operation> known = operations.get(system);
		if (known.stream().noneMatch(o -> o.method().equals(method))) {
			String lower = name.toLowerCase(Locale.ROOT);
			boolean reads = task instanceof ServiceTask && (lower.startsWith("read") || lower.startsWith("take")
					|| lower.startsWith("fetch") || lower.startsWith("receive") || lower.startsWith("get"));
			known.add(new SystemModel.Operation(name, method, reads));
		}
	}

	private static SystemModel system(LegacySystem system, List<SystemModel.Operation> operations) {
		IntegrationProtocol protocol = system.getProtocol() == null ? IntegrationProtocol.REST : system.getProtocol();
		String endpoint = system.getEndpoint() == null ? "" : system.getEndpoint().trim();
		if (protocol == IntegrationProtocol.SOAP && endpoint.toLowerCase(Locale.ROOT).endsWith("?wsdl")) {
			endpoint = endpoint.substring(0, endpoint.length() - "?wsdl".length());
		}
		String type = Names.javaType(system.getName());
		return new SystemModel(system, switch (protocol) {
		case SOAP -> "soap";
		case JDBC -> "jdbc";
		case FILE -> "file";
		case MESSAGE_QUEUE -> "queue";
		default -> "rest";
		}, type + "Client", operations.isEmpty() ? "" : type + "Adapter", Names.kebab(system.getName()),
				Names.javaConstant(system.getName()), endpoint,
				system.getSlaResponseTimeMillis() > 0 ? system.getSlaResponseTimeMillis() : DEFAULT_TIMEOUT_MILLIS,
				system.getEndpointKind() == EndpointKind.ONE_WAY || protocol == IntegrationProtocol.MESSAGE_QUEUE,
				List.copyOf(operations));
	}

	/** @return whether a protocol is in use */
	public boolean uses(String protocol) {
		return protocols.contains(protocol);
	}

	@Override
	public Object element() {
		return service.solution();
	}
}
