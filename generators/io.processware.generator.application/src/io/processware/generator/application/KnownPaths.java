package io.processware.generator.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The paths one generator found in its last run, per process as the state machine sees it, so that
 * the next run searches inputs only for processes that changed. Searching every path's inputs (a
 * simulation per candidate) was a third of building the service model of a large solution, and a
 * regeneration after one edit searched all of them again.
 *
 * <p>A process is looked up by its view without paths: equal views (the same elements, ids,
 * conditions, tables and slots) have the same paths, because the search reads nothing else. A process
 * with a step whose rules the search runs ({@link StepFacts}) depends on rules files and the domain
 * too, and is always searched. Only the last run is kept: a closed solution is not held in memory.
 */
public final class KnownPaths {

	/** Remembers nothing: every process is searched (a service model built once, outside a generator). */
	static final KnownPaths NONE = new KnownPaths(false);

	private final boolean remembers;
	private Map<ProcessModel, List<PathModel>> previous = new HashMap<>();
	private Map<ProcessModel, List<PathModel>> current = new HashMap<>();

	public KnownPaths() {
		this(true);
	}

	private KnownPaths(boolean remembers) {
		this.remembers = remembers;
	}

	/** @return the paths of a process: the last run's when its view is the same, else searched */
	synchronized List<PathModel> of(ProcessModel process, Supplier<List<PathModel>> search) {
		if (!remembers) {
			return search.get();
		}
		List<PathModel> paths = previous.get(process);
		if (paths == null) {
			paths = search.get();
		}
		current.put(process, paths);
		return paths;
	}

	/** Starts a run: what the run before it did not use is forgotten. */
	public synchronized void startRun() {
		previous = current;
		current = new HashMap<>();
	}
}
