package io.processware.cli.internal;

import java.nio.file.Path;

import io.processware.bpmn.matrix.TableFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the report commands (matrix, status) share: the solution and the table format. */
final class ReportOptions {

	@Parameters(index = "0", paramLabel = "<solution>", description = "a solution folder or one .pws file")
	Path solution;

	@Option(names = "--format", paramLabel = "text|markdown|html", defaultValue = "text",
			description = "text for terminals, markdown or html for documentation (default: ${DEFAULT-VALUE})")
	String format;

	/** @throws CommandFailure when the format is not one of text, markdown, html */
	TableFormat tableFormat() {
		return SolutionModels.format(format);
	}
}
