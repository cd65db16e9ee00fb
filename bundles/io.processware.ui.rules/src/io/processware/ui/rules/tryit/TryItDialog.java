package io.processware.ui.rules.tryit;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.processware.ui.rules.language.RulesSession;

/** The "Try it" dialog: pick a table or rule, type inputs, evaluate, read the answer. */
public final class TryItDialog extends Dialog {
	private static final int EVALUATE = IDialogConstants.CLIENT_ID + 1;
	private final RulesSession session;
	private final String text;
	private Combo declaration;
	private Text inputs;
	private Text result;

	public TryItDialog(Shell shell, RulesSession session, String text) {
		super(shell);
		this.session = session;
		this.text = text;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Try it");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText("Table or rule:");
		declaration = new Combo(area, SWT.READ_ONLY);
		List<String> names = session.withModel(text, TryIt::candidates);
		declaration.setItems(names.toArray(String[]::new));
		if (!names.isEmpty()) {
			declaration.select(0);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(declaration);
		Label hint = new Label(area, SWT.WRAP);
		hint.setText("Inputs, one per line (e.g. invoice.grossAmount = 5000 EUR, invoice.invoiceDate = 2026-01-31):");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(hint);
		inputs = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 120).applyTo(inputs);
		new Label(area, SWT.NONE).setText("Result:");
		result = new Text(area, SWT.MULTI | SWT.BORDER | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 120).applyTo(result);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button evaluate = createButton(parent, EVALUATE, "Evaluate", true);
		evaluate.setEnabled(declaration.getItemCount() > 0);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == EVALUATE) {
			evaluate();
		} else {
			close();
		}
	}

	/** Evaluates the chosen table or rule on the typed inputs (also what tests press). */
	public void evaluate() {
		String name = declaration.getText();
		String typed = inputs.getText();
		result.setText(session.withModel(text, resource -> TryIt.evaluate(resource, name, typed)));
	}

	public void choose(String name, String typedInputs) {
		declaration.setText(name);
		inputs.setText(typedInputs);
	}

	public String result() {
		return result.getText();
	}
}
