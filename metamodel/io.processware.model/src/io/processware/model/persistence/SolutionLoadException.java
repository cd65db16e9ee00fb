package io.processware.model.persistence;

import java.io.IOException;

/** A solution file that cannot be read as a solution model at all: unreadable, not XML, not XMI of this metamodel. */
public final class SolutionLoadException extends IOException {
	private static final long serialVersionUID = 1L;

	private final transient LoadProblem problem;

	public SolutionLoadException(LoadProblem problem) {
		super(problem.describe());
		this.problem = problem;
	}

	public LoadProblem problem() {
		return problem;
	}
}
