package io.processware.ui.rules.language;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.processware.rules.workspace.RulesValidation;

/**
 * One open rules file seen through the language's ide services: the same content assist, hover,
 * outline, formatting, code actions and definitions the language server offers, called in-process on
 * the editor's current text. Each call takes the text it answers for and reparses only when the text
 * changed. The resource set is not thread-safe, so every call holds the session's lock; the editor
 * calls from jobs and from JFace's content-assist and hover threads.
 */
public final class RulesSession {

	private final Injector injector = RulesLanguage.injector();
	private final URI uri;
	private final XtextResourceSet resourceSet;
	private final XtextResource resource;
	/** when each imported file (.pws, other .rules) was read, to reread it after it changed on disk */
	private final Map<URI, Long> importedAt = new HashMap<>();
	private String text;
	private int version;

	/** @param file the file's location on disk: imports such as "../solution.pws" resolve against it */
	public RulesSession(File file) {
		this.uri = URI.createFileURI(file.getAbsolutePath());
		this.resourceSet = RulesValidation.newResourceSet(injector);
		this.resource = (XtextResource) resourceSet.createResource(uri);
	}

	/** @return the problems, colouring and outline of this text */
	public synchronized Snapshot update(String newText) {
		parse(newText);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		List<Highlight> highlights = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> {
					for (String style : styles) {
						highlights.add(new Highlight(offset, length, style));
					}
				}, CancelIndicator.NullImpl);
		List<DocumentSymbol> symbols = injector.getInstance(HierarchicalDocumentSymbolService.class)
				.getSymbols(resource, CancelIndicator.NullImpl);
		return new Snapshot(newText, List.copyOf(issues), List.copyOf(highlights), List.copyOf(symbols));
	}

	/** @return the completion proposals at the offset, each with the edit that applies it */
	public synchronized List<CompletionItem> complete(String newText, int offset) {
		parse(newText);
		Document document = document();
		CompletionParams params = new CompletionParams(identifier(), document.getPosition(offset));
		return injector.getInstance(ContentAssistService.class)
				.createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems();
	}

	/** @return the hover text at the offset (markdown), or null where there is nothing to say */
	public synchronized String hover(String newText, int offset) {
		parse(newText);
		Document document = document();
		Hover hover = injector.getInstance(IHoverService.class).hover(document, resource,
				new HoverParams(identifier(), document.getPosition(offset)), CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		String value = hover.getContents().isRight() ? hover.getContents().getRight().getValue()
				: hover.getContents().getLeft().stream()
						.map(part -> part.isLeft() ? part.getLeft() : part.getRight().getValue())
						.reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
		return value == null || value.isBlank() ? null : value;
	}

	/** @return the formatter's edits for the whole text */
	public synchronized List<? extends TextEdit> format(String newText) {
		parse(newText);
		DocumentFormattingParams params = new DocumentFormattingParams(identifier(), new FormattingOptions(4, false));
		return injector.getInstance(FormattingService.class).format(document(), resource, params,
				CancelIndicator.NullImpl);
	}

	/** @return the quick fixes the language offers for one of this text's problems */
	public synchronized List<QuickFix> quickFixes(String newText, Issue issue) {
		parse(newText);
		Document document = document();
		Diagnostic diagnostic = diagnostic(issue, document);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(uri.toString());
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new SessionAccess(resourceSet, resource, document));
		options.setCodeActionParams(new CodeActionParams(identifier(), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<QuickFix> fixes = new ArrayList<>();
		for (Either<org.eclipse.lsp4j.Command, CodeAction> action : injector.getInstance(ICodeActionService2.class)
				.getCodeActions(options)) {
			if (action.isRight() && action.getRight().getEdit() != null) {
				CodeAction code = action.getRight();
				List<TextEdit> edits = new ArrayList<>();
				if (code.getEdit().getChanges() != null) {
					code.getEdit().getChanges().values().forEach(edits::addAll);
				}
				if (code.getEdit().getDocumentChanges() != null) {
					code.getEdit().getDocumentChanges().stream().filter(Either::isLeft)
							.forEach(change -> change.getLeft().getEdits().stream().filter(Either::isLeft)
									.forEach(edit -> edits.add(edit.getLeft())));
				}
				if (!edits.isEmpty()) {
					fixes.add(new QuickFix(code.getTitle(), edits));
				}
			}
		}
		return fixes;
	}

	/**
	 * @return where the name at the offset is defined: in a rules file, or for a model element in its
	 *         process diagram (tasks and other flow nodes) and its solution model, the diagram first
	 */
	public synchronized List<? extends Location> definitions(String newText, int offset) {
		parse(newText);
		IReferenceFinder.IResourceAccess access = new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(URI target, org.eclipse.xtext.util.concurrent.IUnitOfWork<R, org.eclipse.emf.ecore.resource.ResourceSet> work) {
				try {
					return work.exec(resourceSet);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
		List<? extends Location> found = injector.getInstance(DocumentSymbolService.class).getDefinitions(resource,
				offset, access, CancelIndicator.NullImpl);
		if (!found.isEmpty()) {
			return found;
		}
		// solution-model elements live in XMI, which has no node model to locate them by: find their id's line
		EObject target = injector.getInstance(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
		return target == null || target.eResource() == null || target.eResource() instanceof XtextResource ? List.of()
				: ModelLocations.of(target);
	}

	/** Runs a function on the parsed, linked model of this text (the "Try it" evaluation). */
	public synchronized <T> T withModel(String newText, Function<XtextResource, T> function) {
		parse(newText);
		return function.apply(resource);
	}

	/** @return the LSP document of a text: offsets and line/column positions */
	public static Document document(String text) {
		return new Document(1, text);
	}

	private Document document() {
		return new Document(version, text);
	}

	private TextDocumentIdentifier identifier() {
		return new TextDocumentIdentifier(uri.toString());
	}

	private void parse(String newText) {
		boolean importsChanged = forgetChangedImports();
		if (newText.equals(text) && !importsChanged) {
			return;
		}
		try {
			if (!resource.isLoaded()) {
				resource.load(new LazyStringInputStream(newText, "UTF-8"), null);
			} else if (!newText.equals(text)) {
				resource.reparse(newText);
			} else {
				resource.reparse(newText); // relink against the reread imports
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		text = newText;
		version++;
	}

	/** Unloads imported files that changed on disk since they were read, so the next parse reads them anew. */
	private boolean forgetChangedImports() {
		boolean changed = false;
		for (Resource imported : List.copyOf(resourceSet.getResources())) {
			if (imported == resource || !imported.getURI().isFile()) {
				continue;
			}
			long modified = new File(imported.getURI().toFileString()).lastModified();
			Long readAt = importedAt.putIfAbsent(imported.getURI(), modified);
			if (readAt != null && readAt != modified) {
				imported.unload();
				resourceSet.getResources().remove(imported);
				importedAt.remove(imported.getURI());
				changed = true;
			}
		}
		return changed;
	}

	static Diagnostic diagnostic(Issue issue, Document document) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(issue.getCode());
		diagnostic.setData(issue.getData());
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setSeverity(switch (issue.getSeverity()) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		default -> DiagnosticSeverity.Information;
		});
		int offset = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		diagnostic.setRange(new Range(document.getPosition(offset), document.getPosition(offset + length)));
		return diagnostic;
	}
}
