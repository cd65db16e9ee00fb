package io.processware.ui.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * F3: opens where the name under the caret is defined — a table or fact in this or another rules
 * file, a task in its process diagram, or an entity, attribute or role in the solution model — with
 * the language's definition service, in the workbench's editor for that file. Text editors select the
 * definition's range; editors of model elements (the BPMN and model editors, as
 * {@link ISetSelectionTarget}) select the element whose id the range covers.
 */
final class Definitions {

	private Definitions() {
	}

	/** @return the editor now showing the definition, or null when the caret is on no reference */
	static IEditorPart open(RulesEditor editor) throws CoreException {
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		List<? extends Location> locations = editor.session().definitions(editor.document().get(), selection.getOffset());
		if (locations.isEmpty()) {
			return null;
		}
		Location location = locations.get(0);
		java.net.URI uri = java.net.URI.create(location.getUri());
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri);
		if (files.length == 0) {
			throw new PartInitException("The definition is outside the workspace: " + uri);
		}
		IEditorPart opened = IDE.openEditor(editor.getSite().getPage(), files[0]);
		if (location.getRange() == null) {
			return opened;
		}
		String content = read(Path.of(uri), opened);
		int start = LspEdits.offset(content, location.getRange().getStart());
		int end = LspEdits.offset(content, location.getRange().getEnd());
		if (opened instanceof ITextEditor text) {
			text.selectAndReveal(start, end - start);
		} else if (opened instanceof ISetSelectionTarget elements && start < end) {
			elements.selectReveal(new StructuredSelection(List.of(content.substring(start, end))));
		}
		return opened;
	}

	private static String read(Path file, IEditorPart editor) {
		if (editor instanceof RulesEditor rules) {
			return rules.document().get();
		}
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}
