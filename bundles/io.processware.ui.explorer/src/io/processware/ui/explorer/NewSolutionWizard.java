package io.processware.ui.explorer;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

/** File > New > Processware Solution: a project with the solution nature, from a template. */
public class NewSolutionWizard extends Wizard implements INewWizard {
	private final SolutionPage page = new SolutionPage();
	private IProject created;

	public NewSolutionWizard() {
		setWindowTitle("New Processware Solution");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** Fills the page as the analyst would (tests, scripted set-ups). */
	public void choose(String projectName, SolutionTemplate template) {
		page.name.setText(projectName);
		page.templates[template.ordinal()].setSelection(true);
		page.templates[1 - template.ordinal()].setSelection(false);
	}

	/** @return the project the wizard created, or null */
	public IProject created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(page.name.getText().strip());
		SolutionTemplate template = page.templates[0].getSelection() ? SolutionTemplate.INVOICE_EXAMPLE : SolutionTemplate.EMPTY;
		try {
			getContainer().run(false, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws org.eclipse.core.runtime.CoreException, InvocationTargetException {
					project.create(monitor);
					project.open(monitor);
					try {
						template.createIn(project, monitor);
					} catch (java.io.IOException e) {
						throw new InvocationTargetException(e);
					}
				}
			});
		} catch (InvocationTargetException | InterruptedException failed) {
			page.setErrorMessage("The solution could not be created: " + failed.getCause());
			return false;
		}
		created = project;
		return true;
	}

	/** The one page: the project's name and the template. */
	private static final class SolutionPage extends WizardPage {
		private Text name;
		private final Button[] templates = new Button[2];

		SolutionPage() {
			super("solution", "Processware Solution", null);
			setDescription("Create a solution: a project holding a solution model, its processes and its rules.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(2, false));
			new Label(area, SWT.NONE).setText("Project name:");
			name = new Text(area, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.addModifyListener(event -> validate());
			for (SolutionTemplate template : SolutionTemplate.values()) {
				Button radio = new Button(area, SWT.RADIO);
				radio.setText(template.label());
				radio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
				templates[template.ordinal()] = radio;
			}
			templates[0].setSelection(true);
			setControl(area);
			validate();
		}

		private void validate() {
			String text = name.getText().strip();
			String problem = text.isEmpty() ? "Name the project"
					: ResourcesPlugin.getWorkspace().getRoot().getProject(text).exists() ? "A project named " + text + " exists"
							: null;
			setErrorMessage(text.isEmpty() ? null : problem);
			setPageComplete(problem == null);
		}
	}
}
