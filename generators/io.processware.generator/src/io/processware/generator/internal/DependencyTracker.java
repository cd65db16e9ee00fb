package io.processware.generator.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.processware.generator.ModelDependencies;
import io.processware.generator.ModelView;

/**
 * Knows the model objects templates can read in one run: every record reachable from the root
 * through record components and collections, and the model elements the {@link ModelView} records
 * present. Gives each a key (stable across runs: a view by its element, another record by its
 * content) and a 64-bit fingerprint of its own state. A record's
 * fingerprint covers its scalar components, so values derived from several elements (a Java type
 * named after an enumeration) count as the record's own; collections count by their members' keys.
 */
public final class DependencyTracker {

	private final ModelDependencies elements;
	private final Map<String, Object> byKey = new HashMap<>();
	private final Map<Object, String> keys = new IdentityHashMap<>();
	private final Map<Object, Long> fingerprints = new IdentityHashMap<>();
	private final Map<Object, Set<String>> deepKeys = new IdentityHashMap<>();
	/** records are immutable: their components are read once per run */
	private final Map<Record, Map<String, Object>> componentValues = new IdentityHashMap<>();

	/** A record class's components, looked up once: reflection on every template read is too slow. */
	private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
		@Override
		protected RecordComponent[] computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			for (RecordComponent component : components) {
				component.getAccessor().setAccessible(true);
			}
			return components;
		}
	};
	private static final ClassValue<Set<String>> COMPONENT_NAMES = new ClassValue<>() {
		@Override
		protected Set<String> computeValue(Class<?> type) {
			Set<String> names = new java.util.HashSet<>();
			for (RecordComponent component : COMPONENTS.get(type)) {
				names.add(component.getName());
			}
			return names;
		}
	};

	public DependencyTracker(Object root, ModelDependencies elements) {
		this.elements = elements;
		index(root);
	}

	private void index(Object root) {
		Deque<Object> pending = new ArrayDeque<>();
		pending.add(root);
		Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		while (!pending.isEmpty()) {
			Object object = pending.poll();
			if (object == null || !seen.add(object)) {
				continue;
			}
			String key = key(object);
			if (key != null) {
				byKey.putIfAbsent(key, object);
			}
			if (object instanceof Record record) {
				for (Object value : components(record).values()) {
					enqueue(value, pending);
				}
			} else if (object instanceof Collection<?> collection) {
				collection.forEach(value -> enqueue(value, pending));
			} else {
				elements.children(object).forEach(value -> enqueue(value, pending));
			}
		}
	}

	private static void enqueue(Object value, Deque<Object> pending) {
		if (value instanceof Record || value instanceof Collection<?> || value instanceof ModelView) {
			pending.add(value);
		} else if (value != null && !isScalar(value)) {
			// a model element: indexed, not walked (ModelDependencies.children walks it)
			pending.add(value);
		}
	}

	/** @return the object's key, or null when it is not tracked */
	public String key(Object object) {
		if (object == null || isScalar(object) || object instanceof Collection<?>) {
			return null;
		}
		return keys.computeIfAbsent(object, this::computeKey);
	}

	private String computeKey(Object object) {
		if (object instanceof ModelView view) {
			String element = elements.key(view.element());
			return element == null ? null : object.getClass().getSimpleName() + "@" + element;
		}
		if (object instanceof Record record) {
			return contentKey(record);
		}
		return elements.key(object);
	}

	/**
	 * A record that presents no element of its own (a path, a slot's field, a rule of a rules file) is
	 * keyed by its content: the keys of the tracked objects it holds and the values of the others, so
	 * that the same content has the same key in the next run and a changed one a new key.
	 */
	private String contentKey(Record record) {
		StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
		components(record).values().forEach(value -> text.append(content(value)).append(','));
		return text.append(']').toString();
	}

	private String content(Object value) {
		if (value instanceof Collection<?> collection) {
			StringBuilder text = new StringBuilder("[");
			collection.forEach(member -> text.append(content(member)).append(','));
			return text.append(']').toString();
		}
		String key = key(value);
		return key != null ? "@" + key : String.valueOf(value);
	}

	/** @return the object with this key in the current model, or null when there is none */
	public Object find(String key) {
		return byKey.get(key);
	}

	/** @return the fingerprint of the object's own state */
	public long fingerprint(Object object) {
		return fingerprints.computeIfAbsent(object, o -> Long.valueOf(Fnv.hash(describe(o)))).longValue();
	}

	private String describe(Object object) {
		if (!(object instanceof Record record)) {
			return elements.fingerprint(object);
		}
		StringBuilder text = new StringBuilder(record.getClass().getName());
		components(record).forEach((name, value) -> text.append('|').append(name).append('=').append(content(value)));
		return text.toString();
	}

	/** @return the keys of the object and of every tracked object reachable through its components */
	public Set<String> deepKeys(Object object) {
		Set<String> cached = deepKeys.get(object);
		if (cached != null) {
			return cached;
		}
		Set<String> result = new LinkedHashSet<>();
		Deque<Object> pending = new ArrayDeque<>();
		pending.add(object);
		Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		while (!pending.isEmpty()) {
			Object current = pending.poll();
			if (!seen.add(current)) {
				continue;
			}
			String key = key(current);
			if (key != null) {
				result.add(key);
			}
			if (current instanceof Record record) {
				components(record).values().stream().filter(java.util.Objects::nonNull).forEach(pending::add);
			} else if (current instanceof Collection<?> collection) {
				collection.stream().filter(java.util.Objects::nonNull).forEach(pending::add);
			}
		}
		Set<String> keys = java.util.Collections.unmodifiableSet(result);
		deepKeys.put(object, keys);
		return keys;
	}

	private Map<String, Object> components(Record record) {
		return componentValues.computeIfAbsent(record, DependencyTracker::readComponents);
	}

	private static Map<String, Object> readComponents(Record record) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		for (RecordComponent component : COMPONENTS.get(record.getClass())) {
			try {
				values.put(component.getName(), component.getAccessor().invoke(record));
			} catch (IllegalAccessException | InvocationTargetException e) {
				throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
			}
		}
		return values;
	}

	/** @return whether the name is a component of the record (a value), not a computing method */
	static boolean isComponent(Object object, String name) {
		return !(object instanceof Record) || COMPONENT_NAMES.get(object.getClass()).contains(name);
	}

	static boolean isScalar(Object value) {
		return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof Character || value instanceof Enum<?>;
	}

	/** FNV-1a, 64 bits: fingerprints are compared, never trusted as security. */
	static final class Fnv {
		private Fnv() {
		}

		static long hash(String text) {
			long hash = 0xcbf29ce484222325L;
			for (int i = 0; i < text.length(); i++) {
				hash ^= text.charAt(i);
				hash *= 0x100000001b3L;
			}
			return hash;
		}
	}
}
