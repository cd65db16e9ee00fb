package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./processware lsp} as an editor starts it: a separate process speaking LSP on stdin and
 * stdout. Initialize, open a rules file, ask for completion after "given invoice : ", expect the
 * solution model's entities; then shut down and exit.
 */
class LanguageServerProcessTest {

	@TempDir
	Path temp;

	@Test
	void answersCompletionOnStdio() throws Exception {
		Files.copy(ScriptRun.repository().resolve("examples/invoice-processing/invoice-processing.pws"),
				temp.resolve("invoice-processing.pws"));
		Files.createDirectories(temp.resolve("rules"));
		Path file = temp.resolve("rules/lsp.rules");
		String text = "import \"../invoice-processing.pws\"\ngiven invoice : \n";
		Files.writeString(file, text, StandardCharsets.UTF_8);

		ProcessBuilder builder = new ProcessBuilder("./processware", "lsp").directory(ScriptRun.repository().toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("PROCESSWARE_NO_BUILD", "1");
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process server = builder.start();
		// a server that stops answering must fail the test, not hang the build: kill it, and the reads end
		CompletableFuture.delayedExecutor(3, TimeUnit.MINUTES).execute(server::destroyForcibly);
		try {
			OutputStream in = server.getOutputStream();
			InputStream out = server.getInputStream();
			String root = temp.toUri().toString();
			String uri = file.toUri().toString();
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + root
					+ "\",\"capabilities\":{}}}");
			assertTrue(await(out, 1).contains("\"capabilities\""));
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
					+ "\",\"languageId\":\"rules\",\"version\":1,\"text\":\"" + text.replace("\"", "\\\"").replace("\n", "\\n") + "\"}}}");
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\""
					+ uri + "\"},\"position\":{\"line\":1,\"character\":16}}}");
			String completion = await(out, 2);
			assertTrue(completion.contains("\"finance.invoice\"") && completion.contains("\"money\""), completion);
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\",\"params\":null}");
			await(out, 3);
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
			assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not exit");
		} finally {
			server.destroyForcibly();
		}
	}

	private static void send(OutputStream in, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	/** Reads messages until the response with this id (notifications in between are skipped). */
	private static String await(InputStream out, int id) throws IOException {
		while (true) {
			String message = read(out);
			if (message.contains("\"id\":" + id + ",") || message.contains("\"id\":" + id + "}")
					|| message.contains("\"id\":\"" + id + "\"")) {
				// a request from the server has a method; a response has none ("method" alone may be a token type)
				if (!message.contains("\"method\":")) {
					return message;
				}
			}
		}
	}

	private static String read(InputStream out) throws IOException {
		int length = -1;
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (true) {
			int c = out.read();
			if (c < 0) {
				throw new IOException("the server closed its output");
			}
			header.write(c);
			String text = header.toString(StandardCharsets.US_ASCII);
			if (text.endsWith("\r\n\r\n")) {
				for (String line : text.split("\r\n")) {
					if (line.startsWith("Content-Length:")) {
						length = Integer.parseInt(line.substring("Content-Length:".length()).trim());
					}
				}
				break;
			}
		}
		return new String(out.readNBytes(length), StandardCharsets.UTF_8);
	}
}
