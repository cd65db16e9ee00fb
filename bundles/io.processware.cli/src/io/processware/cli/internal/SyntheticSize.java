package io.processware.cli.internal;

import io.processware.model.bench.SyntheticSolution;
import io.processware.model.solution.Solution;
import picocli.CommandLine.Option;

/** The size of the synthetic solution the benchmarks measure: options shared by the bench commands. */
final class SyntheticSize {

	@Option(names = "--entities", defaultValue = "1000", description = "entities (default ${DEFAULT-VALUE})")
	int entities;

	@Option(names = "--attributes", defaultValue = "10", description = "attributes per entity (default ${DEFAULT-VALUE})")
	int attributes;

	@Option(names = "--processes", defaultValue = "200", description = "processes (default ${DEFAULT-VALUE})")
	int processes;

	@Option(names = "--nodes", defaultValue = "30",
			description = "flow nodes per process, at least 2 (default ${DEFAULT-VALUE})")
	int nodes;

	/** @throws CommandFailure when the sizes make no solution */
	Solution build() {
		if (nodes < 2 || entities < 0 || attributes < 0 || processes < 0) {
			throw new CommandFailure("--nodes must be at least 2, and counts not negative");
		}
		return SyntheticSolution.build(entities, attributes, processes, nodes);
	}
}
