package io.processware.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import io.processware.cli.ExitCode;
import io.processware.generator.Trace;
import io.processware.generator.TraceEntry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code processware trace <file>} and {@code processware trace --element <id> <output-folder>}. */
@Command(name = "trace",
		description = { "Answer where generated code comes from, and what a model element produced.",
				"'trace <generated-file>': the model elements, template, template-set version and model hash it "
						+ "came from, and whether it changed since.",
				"'trace --element <id> <output-folder>': every file generated from that element." })
public final class TraceCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ArgGroup(exclusive = true, multiplicity = "0..1")
	private Direction direction;

	@Parameters(index = "0", paramLabel = "<file-or-output-folder>",
			description = "a generated file, or with --element the output folder")
	private Path target;

	static final class Direction {
		@Option(names = "--element", paramLabel = "<id>", description = "a model element's id")
		String element;
	}

	@Override
	public Integer call() throws IOException {
		return Integer.valueOf(direction == null ? traceFile() : traceElement(direction.element));
	}

	private int traceFile() throws IOException {
		Path file = target.toAbsolutePath().normalize();
		Path output = outputFolderOf(file);
		String relative = output.relativize(file).toString().replace('\\', '/');
		TraceEntry entry = Trace.read(output).entry(relative);
		if (entry == null) {
			throw new CommandFailure(NLS.bind(CliMessages.notGeneratedFile, target, output));
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println(NLS.bind(CliMessages.traceFileHeader, relative));
		out.println(NLS.bind(CliMessages.traceElementsLine, String.join(", ", entry.elements())));
		out.println(NLS.bind(CliMessages.traceTemplateLine, new Object[] { entry.template(), entry.templateSet(),
				entry.templateSetVersion(), entry.templateOverridden() ? CliMessages.traceOverridden : "" }));
		out.println(NLS.bind(CliMessages.traceModelLine, entry.modelHash()));
		out.println(NLS.bind(CliMessages.traceContentLine, contentState(file, entry)));
		return ExitCode.OK.code();
	}

	private static String contentState(Path file, TraceEntry entry) throws IOException {
		if (!Files.isRegularFile(file)) {
			return CliMessages.traceContentMissing;
		}
		String content = Files.readString(file, StandardCharsets.UTF_8);
		if (!entry.isContentOf(content)) {
			return CliMessages.traceContentChanged;
		}
		return entry.userRegions().isEmpty() ? CliMessages.traceContentUnchanged
				: NLS.bind(CliMessages.traceContentUserRegions, String.join(", ", entry.userRegions()));
	}

	private int traceElement(String element) {
		Path output = target.toAbsolutePath().normalize();
		if (!Files.isRegularFile(output.resolve(Trace.FILE))) {
			throw new CommandFailure(NLS.bind(CliMessages.notTraced, target));
		}
		List<String> files = Trace.read(output).filesOf(element);
		if (files.isEmpty()) {
			spec.commandLine().getErr().println(NLS.bind(CliMessages.traceElementNone, target, element));
			return ExitCode.PROBLEMS.code();
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println(NLS.bind(CliMessages.traceElementHeader, element, target));
		files.forEach(file -> out.println(NLS.bind(CliMessages.traceElementFileLine, file)));
		return ExitCode.OK.code();
	}

	/** The nearest folder at or above the file that holds a trace. */
	private Path outputFolderOf(Path file) {
		for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve(Trace.FILE))) {
				return folder;
			}
		}
		throw new CommandFailure(NLS.bind(CliMessages.notTraced, target));
	}
}
