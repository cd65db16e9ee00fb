package io.processware.ui.rules;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.processware.ui.rules.tryit.TryItDialog;

/** The rules editor's commands (plugin.xml): format, go to definition, try it. */
public final class RulesCommands {
	public static final String FORMAT = "io.processware.ui.rules.format";
	public static final String OPEN_DEFINITION = "io.processware.ui.rules.openDefinition";
	public static final String TRY_IT = "io.processware.ui.rules.tryIt";

	private RulesCommands() {
	}

	private static RulesEditor editor(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		return part instanceof RulesEditor rules ? rules : null;
	}

	/** Ctrl+Shift+F. */
	public static final class Format extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			RulesEditor editor = editor(event);
			if (editor != null) {
				try {
					Formatting.format(editor);
				} catch (org.eclipse.jface.text.BadLocationException stale) {
					throw new ExecutionException("The text changed while it was formatted", stale);
				}
			}
			return null;
		}
	}

	/** F3. */
	public static final class OpenDefinition extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			RulesEditor editor = editor(event);
			if (editor != null) {
				try {
					Definitions.open(editor);
				} catch (org.eclipse.core.runtime.CoreException failed) {
					throw new ExecutionException(failed.getMessage(), failed);
				}
			}
			return null;
		}
	}

	/** Opens the "Try it" dialog on the file's tables and rules. */
	public static final class TryIt extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			RulesEditor editor = editor(event);
			if (editor != null) {
				new TryItDialog(editor.getSite().getShell(), editor.session(), editor.document().get()).open();
			}
			return null;
		}
	}
}
