package io.processware.generator.internal;

import java.nio.file.Path;

import io.processware.generator.TraceEntry;

/**
 * What a run will do to one produced file, decided before anything is written.
 *
 * @param path     relative path
 * @param target   the absolute, checked path
 * @param content  the final content, user code merged in; null when the file stays as it is
 * @param entry    the file's new trace entry
 */
record FileUpdate(String path, Path target, String content, TraceEntry entry) {
}
