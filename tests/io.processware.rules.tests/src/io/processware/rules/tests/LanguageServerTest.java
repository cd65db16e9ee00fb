package io.processware.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.rules.ide.server.RulesLanguageServer;

/**
 * The language server over a pair of pipes, spoken to as an editor would: initialize, open a rules
 * file, then ask for diagnostics, completion, hover, document symbols, semantic tokens, formatting and
 * code actions. This is the same server {@code processware lsp} runs on stdin/stdout.
 */
class LanguageServerTest {

	private static final String DOCUMENT = """
			import "../invoice-processing.pws"
			given invoice : finance.invoice
			computed net : money = invoice.grossAmount   -   invoice.vatAmount
			table level for invoice-to-payment.determine-approval
				hit UNIQUE
				input amount = invoice.grossAmount
				output name : text
				row < 1000 EUR => "low"
			computed paid : boolean = invoice.status = "PAYED"
			rule r for invoice-to-payment.validate-invoce when paid then reject unpaid "not paid"
			""";

	@TempDir
	static Path temp;

	private static LanguageServer server;
	private static final List<java.io.Closeable> PIPES = new java.util.ArrayList<>();
	private static final Map<String, CompletableFuture<List<Diagnostic>>> DIAGNOSTICS = new ConcurrentHashMap<>();
	private static String uri;

	/** An editor that only listens. */
	static final class Client implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
			// not needed
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			DIAGNOSTICS.computeIfAbsent(diagnostics.getUri(), key -> new CompletableFuture<>()).complete(diagnostics.getDiagnostics());
		}

		@Override
		public void showMessage(MessageParams message) {
			// not needed
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
			// not needed
		}
	}

	@BeforeAll
	static void startServerAndOpenDocument() throws Exception {
		Path folder = RulesFixture.folder(temp);
		Path file = folder.resolve("rules/level.rules");
		Files.writeString(file, DOCUMENT, StandardCharsets.UTF_8);
		PipedOutputStream toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream fromServer = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 16);
		PIPES.addAll(List.of(toServer, serverIn, fromServer, clientIn));
		RulesLanguageServer.start(serverIn, fromServer);
		Launcher<LanguageServer> launcher = new Launcher.Builder<LanguageServer>().setLocalService(new Client())
				.setRemoteInterface(LanguageServer.class).setInput(clientIn).setOutput(toServer).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();

		InitializeParams initialize = new InitializeParams();
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "invoice")));
		initialize.setRootUri(folder.toUri().toString());
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		CodeActionCapabilities codeActions = new CodeActionCapabilities();
		codeActions.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
				new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix))));
		text.setCodeAction(codeActions);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		initialize.setCapabilities(capabilities);
		InitializeResult result = server.initialize(initialize).get(60, TimeUnit.SECONDS);
		assertTrue(result.getCapabilities().getCompletionProvider() != null);
		server.initialized(new InitializedParams());
		uri = file.toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "rules", 1, DOCUMENT)));
	}

	@AfterAll
	static void shutDown() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
		// 'exit' would end the JVM (that is what the server does for an editor); closing the pipes ends the session
		for (java.io.Closeable pipe : PIPES) {
			pipe.close();
		}
	}

	private static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
	}

	private static TextDocumentIdentifier document() {
		return new TextDocumentIdentifier(uri);
	}

	private static List<Diagnostic> diagnostics() throws Exception {
		return DIAGNOSTICS.computeIfAbsent(uri, key -> new CompletableFuture<>()).get(60, TimeUnit.SECONDS);
	}

	@Test
	void publishesTheGapOfTheTable() throws Exception {
		assertTrue(diagnostics().stream().anyMatch(d -> message(d).contains("no row matches amount = 1000 EUR")),
				diagnostics().toString());
	}

	@Test
	void completesModelElementsAndMembers() throws Exception {
		List<String> afterColon = completion(1, 16);
		assertTrue(afterColon.contains("finance.invoice"), afterColon.toString());
		List<String> afterDot = completion(2, 31);
		assertTrue(afterDot.contains("grossAmount") && afterDot.contains("supplier"), afterDot.toString());
		assertFalse(afterDot.contains("finance.invoice"), afterDot.toString());
	}

	private static List<String> completion(int line, int character) throws Exception {
		Either<List<CompletionItem>, CompletionList> answer = server.getTextDocumentService()
				.completion(new CompletionParams(document(), new Position(line, character))).get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void hoverDescribesTheModelElement() throws Exception {
		Hover hover = server.getTextDocumentService().hover(new HoverParams(document(), new Position(1, 20))).get(60, TimeUnit.SECONDS);
		String text = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : hover.getContents().getLeft().toString();
		assertTrue(text.contains("Entity Invoice (finance.invoice)"), text);
	}

	@Test
	void listsTheDeclarationsAsSymbols() throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(document())).get(60, TimeUnit.SECONDS);
		List<String> names = symbols.stream().map(s -> s.isLeft() ? s.getLeft().getName() : s.getRight().getName()).toList();
		assertTrue(names.containsAll(List.of("invoice", "net", "level")), names.toString());
		// each with the kind of what it declares, not Xtext's "property" for everything
		Map<String, SymbolKind> kinds = new java.util.HashMap<>();
		symbols.forEach(s -> kinds.put(s.isLeft() ? s.getLeft().getName() : s.getRight().getName(),
				s.isLeft() ? s.getLeft().getKind() : s.getRight().getKind()));
		assertEquals(SymbolKind.Variable, kinds.get("invoice"));
		assertEquals(SymbolKind.Constant, kinds.get("net"));
		assertEquals(SymbolKind.Struct, kinds.get("level"));
		assertEquals(SymbolKind.Function, kinds.get("r"));
	}

	@Test
	void highlightsNamesSemantically() throws Exception {
		SemanticTokens tokens = server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(document()))
				.get(60, TimeUnit.SECONDS);
		assertTrue(tokens != null && tokens.getData().size() >= 5 * 5, String.valueOf(tokens));
	}

	@Test
	void formatsTheDocument() throws Exception {
		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(document(), new FormattingOptions(4, false))).get(60, TimeUnit.SECONDS);
		assertFalse(edits.isEmpty());
		assertTrue(edits.stream().anyMatch(edit -> edit.getNewText().contains(" - ") || edit.getNewText().equals(" ")),
				edits.toString());
	}

	@Test
	void offersToAddTheMissingRow() throws Exception {
		List<String> inserted = fixesFor("no row matches");
		assertTrue(inserted.stream().anyMatch(text -> text.contains("row >= 1000 EUR") || text.contains("row 1000 EUR")),
				inserted.toString());
	}

	/** @return the texts the code actions offered for the first diagnostic saying this would insert */
	private static List<String> fixesFor(String messagePart) throws Exception {
		List<Diagnostic> all = diagnostics();
		Diagnostic diagnostic = all.stream().filter(d -> message(d).contains(messagePart)).findFirst()
				.orElseThrow(() -> new AssertionError(all.toString()));
		CodeActionParams params = new CodeActionParams(document(), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(params).get(60, TimeUnit.SECONDS);
		return actions.stream().filter(Either::isRight).map(Either::getRight)
				.flatMap(action -> action.getEdit().getChanges().values().stream()).flatMap(List::stream).map(TextEdit::getNewText).toList();
	}

	@Test
	void offersTheClosestEnumerationValue() throws Exception {
		List<String> texts = fixesFor("'PAYED' is not a value");
		assertTrue(texts.contains("\"PAID\""), texts.toString());
	}

	@Test
	void offersTheClosestKnownName() throws Exception {
		List<String> texts = fixesFor("unknown task");
		assertTrue(texts.contains("invoice-to-payment.validate-invoice"), texts.toString());
	}
}
