package io.processware.generator.application;

/**
 * The element of a view record that presents no model element of its own (a path, a slot's field, a
 * table call): keyed by the record's content, so the engine tracks it (ADR 5) — a changed value
 * is a new key, and two records with equal content may share one. Such records implement {@link ValueView}.
 *
 * @param key the record's content as text
 */
record ContentKey(String key) {
}
