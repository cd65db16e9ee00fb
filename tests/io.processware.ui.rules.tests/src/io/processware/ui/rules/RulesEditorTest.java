package io.processware.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.processware.rules.ide.highlighting.RulesHighlighting;
import io.processware.rules.workspace.RulesDiagnostic;
import io.processware.rules.workspace.RulesValidation;
import io.processware.ui.rules.language.Snapshot;
import io.processware.ui.rules.tryit.TryItDialog;
import io.processware.ui.testing.ExampleProjects;
import io.processware.ui.testing.Screenshots;
import io.processware.ui.testing.Selections;
import io.processware.ui.testing.UiWait;

/**
 * The rules editor in the real workbench on the invoice example: the analyst types a rule with
 * content assist, sees live errors, fixes one with a quick fix, formats, jumps to definitions,
 * tries a table, saves, reopens — and the file on disk and the headless validation agree.
 */
class RulesEditorTest {
	private static final long CHECK_TIMEOUT = 60_000;
	private static IWorkbenchWindow window;
	private IProject project;
	private IFile thresholds;

	@BeforeAll
	static void fullSizeWindow() {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		UiWait.fullSize(window.getShell());
	}

	@BeforeEach
	void freshInvoiceSolution() throws Exception {
		project = ExampleProjects.copy("invoice-processing", "invoice-rules");
		thresholds = project.getFile("rules/approval-thresholds.rules");
	}

	@AfterEach
	void closeEditors() {
		window.getActivePage().closeAllEditors(false);
	}

	private RulesEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(window.getActivePage(), file, true);
		RulesEditor editor = assertInstanceOf(RulesEditor.class, part, "a .rules file opens in the rules editor");
		checked(editor);
		return editor;
	}

	/** @return the language's check of the editor's current text, once it has arrived */
	private static Snapshot checked(RulesEditor editor) {
		UiWait.until(() -> editor.snapshot() != null && editor.snapshot().text().equals(editor.document().get()),
				CHECK_TIMEOUT, () -> "the rules check of the current text");
		return editor.snapshot();
	}

	private static void type(RulesEditor editor, int offset, String text) throws Exception {
		editor.document().replace(offset, 0, text);
		editor.viewer().setSelectedRange(offset + text.length(), 0);
	}

	private static String errors(Snapshot snapshot) {
		return snapshot.issues().toString();
	}

	@Test
	void theExampleOpensCheckedColouredAndOutlined() throws Exception {
		RulesEditor editor = open(thresholds);
		Snapshot snapshot = editor.snapshot();
		assertFalse(snapshot.hasErrors(), () -> errors(snapshot));
		// semantic colouring: finance.invoice is a solution-model element, approval-level a decision
		String text = snapshot.text();
		int entity = text.indexOf("finance.invoice");
		assertTrue(editor.semanticColouring().stream().anyMatch(h -> h.offset() == entity
				&& h.style().equals(RulesHighlighting.MODEL_ELEMENT)), () -> editor.semanticColouring().toString());
		// the Outline lists the file's declarations
		window.getActivePage().showView(IPageLayout.ID_OUTLINE);
		UiWait.until(() -> editor.outline() != null && !editor.outline().symbols().isEmpty(), CHECK_TIMEOUT,
				() -> "the outline");
		List<String> names = editor.outline().symbols().stream().map(DocumentSymbol::getName).toList();
		assertTrue(names.containsAll(List.of("approval-level", "invoice-approval", "route-to-approval")), names::toString);
		// ... saying what each is, in the language's words
		RulesOutlinePage.SymbolLabels labels = new RulesOutlinePage.SymbolLabels();
		List<String> shown = editor.outline().symbols().stream().map(labels::getText).toList();
		assertTrue(shown.containsAll(List.of("invoice  fact", "approval-level  decision table", "invoice-approval  approval",
				"route-to-approval  rule", "approval-time  SLA")), shown::toString);
		// hover on the entity says what it is
		String hover = new RulesHover(editor).getHoverInfo(editor.viewer(), new org.eclipse.jface.text.Region(entity + 9, 0));
		assertNotNull(hover, "hover over finance.invoice");
	}

	@Test
	void anAnalystTypesARuleWithContentAssistSavesAndReopens() throws Exception {
		RulesEditor editor = open(thresholds);
		IDocument document = editor.document();
		type(editor, document.getLength(), "\ncomputed large-invoice = invoice.gro");
		int caret = document.getLength();

		ICompletionProposal[] proposals = new RulesCompletion(editor).computeCompletionProposals(editor.viewer(), caret);
		Optional<ICompletionProposal> gross = Arrays.stream(proposals)
				.filter(p -> p.getDisplayString().startsWith("grossAmount")).findFirst();
		assertTrue(gross.isPresent(), () -> "content assist offers the model's attribute grossAmount: "
				+ Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
		// the real pop-up as the analyst sees it after Ctrl+Space
		editor.viewer().setSelectedRange(caret, 0);
		((org.eclipse.jface.text.ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Screenshots.save(window.getShell(), "rules-content-assist");
		gross.get().apply(document);
		assertTrue(document.get().endsWith("invoice.grossAmount"), () -> document.get());
		type(editor, document.getLength(), " > 5000 EUR\n");
		Snapshot typed = checked(editor);
		assertFalse(typed.hasErrors(), () -> errors(typed));
		assertTrue(editor.isDirty());

		editor.doSave(new NullProgressMonitor());
		Path onDisk = thresholds.getLocation().toFile().toPath();
		assertTrue(Files.readString(onDisk, StandardCharsets.UTF_8)
				.contains("computed large-invoice = invoice.grossAmount > 5000 EUR"), "the file on disk has the new rule");
		// the command line's validation sees the same content, without errors
		List<RulesDiagnostic> headless = RulesValidation.validate(project.getLocation().toFile().toPath());
		assertTrue(headless.stream().noneMatch(d -> d.severity() == RulesDiagnostic.Severity.ERROR), headless::toString);

		window.getActivePage().closeAllEditors(false);
		RulesEditor reopened = open(thresholds);
		assertTrue(reopened.document().get().contains("computed large-invoice = invoice.grossAmount > 5000 EUR"));
		Screenshots.save(window.getShell(), "rules-editor");
	}

	@Test
	void liveErrorsShowAsSquigglesAndMarkersAndAQuickFixRepairsThem() throws Exception {
		RulesEditor editor = open(thresholds);
		IDocument document = editor.document();
		int at = document.get().indexOf("invoice.grossAmount > 1000 EUR") + "invoice.".length();
		document.replace(at, "grossAmount".length(), "grossAmout");
		Snapshot broken = checked(editor);
		assertTrue(broken.hasErrors(), "a misspelt attribute is an error while typing");
		assertTrue(editor.liveProblems().stream().anyMatch(a -> a.getType().equals(IssueAnnotation.ERROR)
				&& a.getText().contains("grossAmout")), () -> "a squiggle names the unknown attribute: "
						+ editor.liveProblems().stream().map(a -> a.getText()).toList());

		editor.doSave(new NullProgressMonitor());
		UiWait.until(() -> markers(thresholds).length > 0, CHECK_TIMEOUT, () -> "problem markers after save");
		IMarker marker = Arrays.stream(markers(thresholds))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(document.getLineOfOffset(at) + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		Screenshots.save(window.getShell(), "rules-problems");

		List<ICompletionProposal> fixes = new RulesQuickAssist(editor).proposals(at + 2);
		assertFalse(fixes.isEmpty(), "the language offers a quick fix for the unknown name");
		fixes.get(0).apply(document);
		assertTrue(document.get().contains("invoice.grossAmount > 1000 EUR"), () -> document.get());
		Snapshot fixed = checked(editor);
		assertFalse(fixed.hasErrors(), () -> errors(fixed));
		editor.doSave(new NullProgressMonitor());
		UiWait.until(() -> markers(thresholds).length == 0, CHECK_TIMEOUT, () -> "markers cleared after the fix is saved");
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void formattingRestoresTheLanguagesLayout() throws Exception {
		RulesEditor editor = open(thresholds);
		IDocument document = editor.document();
		String original = document.get();
		document.set(original.replace("row < 1000 EUR => \"NONE\"", "row    <  1000   EUR   =>    \"NONE\""));
		checked(editor);
		Formatting.format(editor);
		assertEquals(original, document.get());
	}

	@Test
	void goToDefinitionFindsTablesInTheFileAndElementsInTheModel() throws Exception {
		RulesEditor editor = open(thresholds);
		String text = editor.document().get();
		int use = text.indexOf("approval-level.level") + 3;
		editor.viewer().setSelectedRange(use, 0);
		IEditorPart target = Definitions.open(editor);
		assertEquals(editor, target, "the table is defined in the same file");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("table approval-level") + "table ".length(), selection.getOffset());

		int entity = text.indexOf("finance.invoice") + 2;
		var locations = editor.session().definitions(text, entity);
		assertFalse(locations.isEmpty(), "finance.invoice has a definition");
		assertTrue(locations.get(0).getUri().endsWith("invoice-processing.pws"), locations::toString);
		String model = Files.readString(project.getFile("invoice-processing.pws").getLocation().toFile().toPath());
		int line = locations.get(0).getRange().getStart().getLine();
		assertTrue(model.lines().toList().get(line).contains("<entities id=\"finance.invoice\""), () -> "line " + line);
	}

	@Test
	void goToDefinitionOnATaskOpensItsProcessDiagram() throws Exception {
		RulesEditor editor = open(thresholds);
		String text = editor.document().get();
		String task = "invoice-to-payment.determine-approval";
		int use = text.indexOf("table approval-level for " + task) + "table approval-level for ".length() + 5;
		IFile diagramFile = project.getFile("processes/invoice-to-payment.bpmn");

		var locations = editor.session().definitions(text, use);
		assertEquals(2, locations.size(), locations::toString);
		assertTrue(locations.get(0).getUri().endsWith("processes/invoice-to-payment.bpmn"), "the diagram comes first: " + locations);
		assertTrue(locations.get(1).getUri().endsWith("invoice-processing.pws"), locations::toString);
		String bpmn = Files.readString(diagramFile.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		var range = locations.get(0).getRange();
		assertEquals(range.getStart().getLine(), range.getEnd().getLine());
		String line = bpmn.lines().toList().get(range.getStart().getLine());
		assertEquals(task, line.substring(range.getStart().getCharacter(), range.getEnd().getCharacter()), line);
		assertTrue(line.contains("<bpmn:businessRuleTask"), line);

		editor.viewer().setSelectedRange(use, 0);
		IEditorPart diagram = Definitions.open(editor);
		assertNotNull(diagram, "F3 on a task opens an editor");
		assertEquals("io.processware.ui.bpmn.editor", diagram.getSite().getId());
		assertEquals(diagramFile, ((IFileEditorInput) diagram.getEditorInput()).getFile());
		// the BPMN editor takes the selection by BPMN id (ISetSelectionTarget) and shows it in Properties
		assertInstanceOf(ISetSelectionTarget.class, diagram);
		UiWait.until(() -> Selections.names(diagram, task, "Determine approval level"), CHECK_TIMEOUT,
				() -> "the diagram selects " + task);
	}

	@Test
	void tryItEvaluatesTheDecisionTableOnTypedInputs() throws Exception {
		RulesEditor editor = open(thresholds);
		Shell shell = window.getShell();
		TryItDialog dialog = new TryItDialog(shell, editor.session(), editor.document().get());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.choose("approval-level", "invoice.grossAmount = 5000 EUR");
			dialog.evaluate();
			assertTrue(dialog.result().contains("Matching rows: 2"), dialog::result);
			assertTrue(dialog.result().contains("level = BUDGET_OWNER"), dialog::result);
			Screenshots.save(dialog.getShell(), "rules-try-it");
			dialog.choose("approval-level", "invoice.grossAmount = 20000 EUR");
			dialog.evaluate();
			assertTrue(dialog.result().contains("level = TREASURER"), dialog::result);
			dialog.choose("approval-level", "invoice.grossAmount 20000");
			dialog.evaluate();
			assertTrue(dialog.result().startsWith("Inputs, line 1"), dialog::result);
		} finally {
			dialog.close();
		}
	}
}
