package io.processware.generator.infrastructure;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.processware.generator.QaFinding;

/**
 * Kubernetes manifests read strictly into fabric8's Kubernetes model classes: each document's
 * {@code apiVersion} and {@code kind} choose the class, Jackson binds the document to it (a wrong
 * type fails), and a field the class does not know, which fabric8 would keep aside as an
 * "additional property", is a finding too: the API server would reject or silently drop it.
 */
public final class KubernetesManifests {

	/** The API versions and kinds the generated manifests use, and their model classes. */
	private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
			"v1/Namespace", Namespace.class,
			"v1/Service", Service.class,
			"v1/ServiceAccount", ServiceAccount.class,
			"v1/ConfigMap", ConfigMap.class,
			"apps/v1/Deployment", Deployment.class,
			"autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
			"policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
			"networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

	private static final ObjectMapper MAPPER = new ObjectMapper()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

	/** A manifest bound to its model class, and where it starts. */
	public record Manifest(String path, HasMetadata object, YamlDocuments.Document document) {
	}

	private KubernetesManifests() {
	}

	/**
	 * @param findings where problems go: unknown kinds, wrong types, unknown fields (each with its line)
	 * @return the documents that bound cleanly
	 */
	public static List<Manifest> read(YamlDocuments file, Collection<QaFinding> findings) {
		List<Manifest> manifests = new ArrayList<>();
		for (YamlDocuments.Document document : file.documents()) {
			if (document.value() == null) {
				continue;
			}
			if (!(document.value() instanceof Map<?, ?> map)) {
				findings.add(new QaFinding(file.path(), document.line(), "a Kubernetes manifest must be a mapping"));
				continue;
			}
			String key = map.get("apiVersion") + "/" + map.get("kind");
			Class<? extends HasMetadata> type = KINDS.get(key);
			if (type == null) {
				findings.add(new QaFinding(file.path(), document.line(), "apiVersion/kind " + key
						+ " is not one the validator knows: " + KINDS.keySet().stream().sorted().toList()));
				continue;
			}
			try {
				HasMetadata object = MAPPER.convertValue(map, type);
				int before = findings.size();
				unknownFields(object, new ArrayList<>(), file, document, findings);
				if (findings.size() == before) {
					manifests.add(new Manifest(file.path(), object, document));
				}
			} catch (IllegalArgumentException e) {
				List<Object> path = new ArrayList<>();
				if (e.getCause() instanceof JsonMappingException mapping) {
					mapping.getPath().forEach(reference -> path
							.add(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex()));
				}
				String message = e.getCause() instanceof JsonMappingException mapping ? mapping.getOriginalMessage()
						: e.getMessage();
				findings.add(new QaFinding(file.path(), document.lineOf(path),
						type.getSimpleName() + " " + String.join(".", path.stream().map(String::valueOf).toList()) + ": "
								+ message.lines().findFirst().orElse(message)));
			}
		}
		return manifests;
	}

	/** Walks the bound model and reports every field fabric8 kept as an additional property. */
	private static void unknownFields(Object value, List<Object> path, YamlDocuments file,
			YamlDocuments.Document document, Collection<QaFinding> findings) {
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				path.add(i);
				unknownFields(list.get(i), path, file, document, findings);
				path.remove(path.size() - 1);
			}
			return;
		}
		if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
				continue;
			}
			Object child;
			try {
				child = getter.invoke(value);
			} catch (ReflectiveOperationException e) {
				continue;
			}
			if (getter.getName().equals("getAdditionalProperties")) {
				if (child instanceof Map<?, ?> extra) {
					for (Object field : extra.keySet()) {
						path.add(field);
						findings.add(new QaFinding(file.path(), document.lineOf(path), value.getClass().getSimpleName()
								+ " has no field '" + field + "' (at " + String.join(".", path.stream().map(String::valueOf).toList())
								+ ")"));
						path.remove(path.size() - 1);
					}
				}
				continue;
			}
			String name = getter.getName().substring(3);
			path.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
			unknownFields(child, path, file, document, findings);
			path.remove(path.size() - 1);
		}
	}
}
