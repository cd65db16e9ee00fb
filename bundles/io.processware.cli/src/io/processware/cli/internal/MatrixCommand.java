package io.processware.cli.internal;

import java.util.concurrent.Callable;

import io.processware.bpmn.matrix.ImplementationMatrix;
import io.processware.cli.ExitCode;
import io.processware.model.persistence.LoadedSolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code processware matrix <solution> [--format text|markdown|html]}: the implementation matrix. */
@Command(name = "matrix",
		description = "Print the implementation matrix: per process and task, definition status, code-generation "
				+ "need, runtime LLM use, human validation, disaster recovery, security review, data governance, "
				+ "compliance and the resulting execution path.")
public final class MatrixCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ReportOptions options;

	@Override
	public Integer call() {
		var tableFormat = options.tableFormat();
		for (LoadedSolution model : SolutionModels.load(options.solution)) {
			spec.commandLine().getOut().print(ImplementationMatrix.of(model.solution()).render(tableFormat));
		}
		spec.commandLine().getOut().flush(); // print() does not flush like println() does
		return Integer.valueOf(ExitCode.OK.code());
	}
}
