package io.processware.cli.internal;

import java.io.FileInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import io.processware.cli.ExitCode;
import io.processware.rules.ide.server.RulesLanguageServer;
import picocli.CommandLine.Command;

/** {@code processware lsp}: the business-rules language server, for any LSP editor. */
@Command(name = "lsp", description = { "Start the business-rules language server (LSP) on stdin/stdout.",
		"Editors start it themselves: configure 'processware lsp' as the server of *.rules files. It offers "
				+ "diagnostics, completion, hover, document symbols, semantic highlighting, formatting and "
				+ "quick fixes, and follows the rules files' imports into the solution models (*.pws)." })
public final class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws InterruptedException {
		// stdout belongs to the protocol: anything else printed there would corrupt it
		OutputStream protocol = new FileOutputStream(FileDescriptor.out);
		PrintStream stdout = System.out;
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
		try {
			RulesLanguageServer.serve(new FileInputStream(FileDescriptor.in), protocol);
		} finally {
			System.setOut(stdout);
		}
		return Integer.valueOf(ExitCode.OK.code());
	}
}
