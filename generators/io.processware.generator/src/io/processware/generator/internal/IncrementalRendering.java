package io.processware.generator.internal;

import java.util.List;
import java.util.Map;

import io.processware.generator.GeneratedFile;
import io.processware.generator.ModelDependencies;
import io.processware.generator.Trace;

/**
 * A rendering that skips the files whose inputs did not change since the last run into the same
 * folder (see {@link RenderCache}), and afterwards records what every file read for the next run.
 */
public final class IncrementalRendering {

	private final TemplateRenderer renderer;
	private final OutputFolder output;
	private final DependencyTracker tracker;
	private final RenderSession session;

	public IncrementalRendering(TemplateRenderer renderer, Object model, Map<String, Object> variables,
			ModelDependencies dependencies, OutputFolder output, Trace previous) {
		this.renderer = renderer;
		this.output = output;
		this.tracker = new DependencyTracker(model, dependencies);
		RenderCache cache = RenderCache.load(output.root(), renderer.templateSetName(), renderer.fingerprint(variables));
		this.session = new RenderSession(tracker, cache, previous, output.root());
	}

	public List<GeneratedFile> render(Object model, Map<String, Object> variables) {
		return renderer.render(model, variables, session);
	}

	/** Works out what {@link #saveCache} needs of the model (fingerprints), before the files' sizes and times are final. */
	public void prepareCache() {
		session.dependencies().values().forEach(ids -> {
			for (int id : ids) {
				tracker.fingerprint(id);
			}
		});
	}

	/** Records, after the files are written, what each one read: their sizes and times are final now. */
	public void saveCache() {
		output.ignoreLocalFiles();
		session.cache().save(output, session.dependencies(), session.reused(), tracker);
	}
}
