package io.processware.generator.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
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
 *
 * <p>Within a run every key also has a number ({@link #id}), in the order keys are first met: a
 * file's reads are kept as numbers, because thousands of files each read hundreds of keys and
 * hashing the key texts again for every read was most of a full generation's bookkeeping.
 */
public final class DependencyTracker {

	/** The id of an object that has no key: a file that reads it cannot be reused. */
	static final int UNTRACKED = -1;

	private final ModelDependencies elements;
	private final Map<Object, Integer> ids = new IdentityHashMap<>();
	private final Map<String, Integer> idsByKey = new HashMap<>();
	private final List<String> keys = new ArrayList<>();
	/** per id, the first object met with that key: the one a file of the last run is compared with */
	private final List<Object> objects = new ArrayList<>();
	private long[] fingerprints = new long[1024];
	private final BitSet fingerprinted = new BitSet();
	private long[] keyHashes = new long[1024];
	private final BitSet keyHashed = new BitSet();
	private final java.security.MessageDigest md5 = md5();
	private final Map<Object, int[]> deepIds = new IdentityHashMap<>();
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

	private static java.security.MessageDigest md5() {
		try {
			return java.security.MessageDigest.getInstance("MD5");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has MD5", e);
		}
	}

	public DependencyTracker(Object root, ModelDependencies elements) {
		this.elements = elements;
		index(root);
	}

	private void index(Object root) {
		Deque<Object> pending = new ArrayDeque<>();
		pending.add(root);
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		while (!pending.isEmpty()) {
			Object object = pending.poll();
			if (object == null || !seen.add(object)) {
				continue;
			}
			id(object);
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
		if (value != null && !isScalar(value)) {
			// records and collections are walked; a model element is walked by ModelDependencies.children
			pending.add(value);
		}
	}

	/** @return the object's key, or null when it is not tracked */
	public String key(Object object) {
		int id = id(object);
		return id == UNTRACKED ? null : keys.get(id);
	}

	/** @return the number of the object's key in this run, or {@link #UNTRACKED} */
	int id(Object object) {
		if (object == null || isScalar(object) || object instanceof Collection<?>) {
			return UNTRACKED;
		}
		Integer known = ids.get(object);
		if (known != null) {
			return known.intValue();
		}
		String key = computeKey(object);
		int id = key == null ? UNTRACKED : idsByKey.computeIfAbsent(key, k -> register(k, object)).intValue();
		ids.put(object, Integer.valueOf(id));
		return id;
	}

	private Integer register(String key, Object object) {
		keys.add(key);
		objects.add(object);
		return Integer.valueOf(keys.size() - 1);
	}

	/** @return how many keys have a number so far (numbers are below it) */
	int size() {
		return keys.size();
	}

	/** @return the key with this number */
	String keyOf(int id) {
		return keys.get(id);
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
	 * that the same content has the same key in the next run and a changed one a new key. The key is
	 * the record's type and a 128-bit digest of that content: records nest, and keys that spelled out
	 * their members' keys grew with every level (and a long one cannot be stored in the cache).
	 */
	private String contentKey(Record record) {
		Text text = new Text();
		components(record).values().forEach(value -> content(value, text.add(',')));
		return record.getClass().getSimpleName() + "#" + text.digest();
	}

	/** Adds a component's value: a tracked object by its key, a collection member by member, anything else as text. */
	private void content(Object value, Sink sink) {
		if (value instanceof Collection<?> collection) {
			sink.add('[');
			for (Object member : collection) {
				content(member, sink);
				sink.add(',');
			}
			sink.add(']');
			return;
		}
		int id = id(value);
		if (id == UNTRACKED) {
			sink.add(String.valueOf(value));
		} else {
			sink.key(id);
		}
	}

	/** @return the number of the key in this run's model, or {@link #UNTRACKED} when no object has it */
	int find(String key) {
		Integer id = idsByKey.get(key);
		return id == null ? UNTRACKED : id.intValue();
	}

	/** @return the fingerprint of the own state of the (first) object with this key number */
	long fingerprint(int id) {
		if (!fingerprinted.get(id)) {
			long fingerprint = describe(objects.get(id));
			if (id >= fingerprints.length) {
				fingerprints = Arrays.copyOf(fingerprints, Math.max(fingerprints.length * 2, id + 1));
			}
			fingerprints[id] = fingerprint;
			fingerprinted.set(id);
		}
		return fingerprints[id];
	}

	private long describe(Object object) {
		Fnv hash = new Fnv();
		if (!(object instanceof Record record)) {
			return hash.add(elements.fingerprint(object)).value();
		}
		hash.add(record.getClass().getName());
		components(record).forEach((name, value) -> content(value, hash.add('|').add(name).add('=')));
		return hash.value();
	}

	/**
	 * @return the key numbers of the object and of every tracked object reachable through its
	 *         components, ascending; records are immutable, so each one's are collected once and
	 *         shared by the records and lists that hold it
	 */
	int[] deepIds(Object object) {
		int[] cached = deepIds.get(object);
		if (cached != null) {
			return cached;
		}
		KeyNumbers result = new KeyNumbers();
		int id = id(object);
		if (id != UNTRACKED) {
			result.add(id);
		}
		if (object instanceof Record record) {
			components(record).values().forEach(value -> addDeep(value, result));
		} else if (object instanceof Collection<?> collection) {
			collection.forEach(value -> addDeep(value, result));
		}
		int[] ids = result.toArray();
		deepIds.put(object, ids);
		return ids;
	}

	private void addDeep(Object value, KeyNumbers result) {
		if (value instanceof Record || value instanceof Collection<?>) {
			result.addAll(deepIds(value));
		} else if (value != null && !isScalar(value)) {
			// a model element: its own key; what it contains is read (and tracked) through it
			int id = id(value);
			if (id != UNTRACKED) {
				result.add(id);
			}
		}
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

	/** Where a description goes: a key's text, or straight into a fingerprint without building the text. */
	private interface Sink {
		Sink add(char c);

		Sink add(String text);

		/** Adds a tracked member by its key. */
		Sink key(int id);
	}

	/** The text a content key is a digest of. */
	private final class Text implements Sink {
		private final StringBuilder text = new StringBuilder();

		@Override
		public Text add(char c) {
			text.append(c);
			return this;
		}

		@Override
		public Text add(String value) {
			text.append(value);
			return this;
		}

		@Override
		public Text key(int id) {
			text.append('@').append(keys.get(id));
			return this;
		}

		/** @return the text's MD5 in hex: a name for content, not a protection (a collision costs a stale file) */
		String digest() {
			return java.util.HexFormat.of().formatHex(md5.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
	}

	/** FNV-1a, 64 bits, over the characters of a description: fingerprints are compared, never trusted as security. */
	private final class Fnv implements Sink {
		private static final long PRIME = 0x100000001b3L;
		private long hash = 0xcbf29ce484222325L;

		@Override
		public Fnv add(char c) {
			hash = (hash ^ c) * PRIME;
			return this;
		}

		@Override
		public Fnv add(String text) {
			long h = hash;
			for (int i = 0; i < text.length(); i++) {
				h = (h ^ text.charAt(i)) * PRIME;
			}
			hash = h;
			return this;
		}

		/** A member's key counts by the key's own hash, computed once: keys are long and members are shared. */
		@Override
		public Fnv key(int id) {
			long k = keyHash(id);
			long h = (hash ^ '@') * PRIME;
			for (int shift = 0; shift < 64; shift += 16) {
				h = (h ^ ((k >>> shift) & 0xffff)) * PRIME;
			}
			hash = h;
			return this;
		}

		long value() {
			return hash;
		}
	}

	private long keyHash(int id) {
		if (id >= keyHashes.length) {
			keyHashes = Arrays.copyOf(keyHashes, Math.max(keyHashes.length * 2, id + 1));
		}
		if (!keyHashed.get(id)) {
			keyHashes[id] = new Fnv().add(keys.get(id)).value();
			keyHashed.set(id);
		}
		return keyHashes[id];
	}
}
