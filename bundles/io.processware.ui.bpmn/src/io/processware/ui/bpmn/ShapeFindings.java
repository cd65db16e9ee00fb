package io.processware.ui.bpmn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

import io.processware.bpmn.BpmnDocument;
import io.processware.bpmn.BpmnImportException;
import io.processware.bpmn.BpmnImporter;
import io.processware.bpmn.DeterminismSource;
import io.processware.bpmn.TaskProfile;
import io.processware.bpmn.classify.ClassificationRun;
import io.processware.bpmn.classify.DeterminismClassifier;
import io.processware.bpmn.classify.Proposal;
import io.processware.bpmn.mapping.MappedProcesses;
import io.processware.bpmn.mapping.ProcessMapper;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.process.Determinism;
import io.processware.model.process.Process;
import io.processware.model.process.Task;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;
import io.processware.model.validation.Finding;
import io.processware.model.validation.SolutionValidation;

/**
 * What the diagram's shapes should say: the solution validator's findings on the file's processes
 * and the determinism classifier's suggestions, by BPMN element id. The processes are read through
 * the interchange bundle and mapped into the metamodel, with the solution next to the file (the
 * nearest {@code .pws} up the folders) as context, so rule sets and roles resolve as they do on
 * the command line.
 */
final class ShapeFindings {

	private ShapeFindings() {
	}

	static List<ShapeFinding> of(byte[] xml, Path file) throws BpmnImportException {
		BpmnDocument document = BpmnImporter.read(xml, file.toString());
		Solution context = solutionNear(file);
		MappedProcesses mapped = ProcessMapper.read(document, context);
		List<ShapeFinding> findings = new ArrayList<>();
		Solution checked = SolutionFactory.eINSTANCE.createSolution();
		checked.setId("diagram");
		checked.setName(file.getFileName().toString());
		checked.getProcesses().addAll(mapped.processes());
		for (Finding finding : SolutionValidation.validate(checked)) {
			String id = idOf(finding.element());
			if (id != null && document.model().getModelElementById(id) != null) {
				findings.add(new ShapeFinding(id, finding.severity().label(), finding.message() + " [" + finding.rule().id() + "]"));
			}
		}
		for (Process process : mapped.processes()) {
			for (Task task : ClassificationRun.tasks(process)) {
				DeterminismSource source = document.taskProfile(task.getId()).flatMap(TaskProfile::determinismSource)
						.orElse(DeterminismSource.ANALYST);
				Proposal proposal = DeterminismClassifier.propose(task, source);
				if (proposal.proposed() != Determinism.UNCLASSIFIED && proposal.proposed() != task.getDeterminism()) {
					findings.add(new ShapeFinding(task.getId(), "info", "The classifier suggests "
							+ proposal.proposed().getLiteral() + ": " + proposal.rationale()));
				}
			}
		}
		return findings;
	}

	private static String idOf(EObject element) {
		return element instanceof ModelElement model ? model.getId() : null;
	}

	/** @return the solution model in the file's folder or the nearest folder above it, if any loads */
	private static Solution solutionNear(Path file) {
		for (Path folder = file.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
			try (Stream<Path> entries = Files.list(folder)) {
				Path model = entries.filter(p -> p.getFileName().toString().endsWith(".pws")).sorted().findFirst().orElse(null);
				if (model != null) {
					return SolutionResources.load(SolutionResources.newResourceSet(), model).solution();
				}
			} catch (java.io.IOException unreadable) { // includes SolutionLoadException
				return null;
			}
		}
		return null;
	}
}
