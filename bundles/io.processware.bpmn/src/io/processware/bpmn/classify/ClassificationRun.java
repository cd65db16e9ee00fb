package io.processware.bpmn.classify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import io.processware.bpmn.BpmnDocument;
import io.processware.bpmn.BpmnExporter;
import io.processware.bpmn.BpmnImportException;
import io.processware.bpmn.DeterminismSource;
import io.processware.bpmn.SolutionProcesses;
import io.processware.bpmn.TaskProfile;
import io.processware.model.persistence.LoadedSolution;
import io.processware.model.persistence.SolutionResources;
import io.processware.model.process.Process;
import io.processware.model.process.Task;

/**
 * Classifies every task of a solution and, on request, applies the proposals that may be applied:
 * to unclassified tasks, and to tasks whose class the classifier set before. Who set a class is
 * read from the process's BPMN file (the metamodel does not record it); applying writes the class to
 * the solution model and, marked as the classifier's, to the BPMN file.
 */
public final class ClassificationRun {
	private final LoadedSolution solution;
	private final SolutionProcesses files;
	private final Map<Process, List<Proposal>> proposals = new LinkedHashMap<>();

	/** @throws BpmnImportException when a process's BPMN file cannot be read */
	public ClassificationRun(LoadedSolution solution) throws BpmnImportException {
		this.solution = solution;
		this.files = new SolutionProcesses(solution.file());
		for (Process process : solution.solution().getProcesses()) {
			Optional<BpmnDocument> document = files.document(process);
			List<Proposal> found = new ArrayList<>();
			for (Task task : tasks(process)) {
				DeterminismSource source = document.flatMap(file -> file.taskProfile(task.getId()))
						.flatMap(TaskProfile::determinismSource).orElse(DeterminismSource.ANALYST);
				found.add(DeterminismClassifier.propose(task, source));
			}
			proposals.put(process, found);
		}
	}

	/** @return the proposals per process, in model order */
	public Map<Process, List<Proposal>> proposals() {
		return proposals;
	}

	/**
	 * Applies the proposals whose verdict is {@link Verdict#NEW} or {@link Verdict#REVISED}, then saves
	 * the solution model and the BPMN files it touched.
	 *
	 * @return the proposals applied
	 */
	public List<Proposal> apply() throws IOException, BpmnImportException {
		List<Proposal> applied = new ArrayList<>();
		for (Map.Entry<Process, List<Proposal>> entry : proposals.entrySet()) {
			Optional<BpmnDocument> document = files.document(entry.getKey());
			boolean changed = false;
			for (Proposal proposal : entry.getValue()) {
				if (proposal.verdict().changesTask()) {
					proposal.task().setDeterminism(proposal.proposed());
					document.flatMap(file -> file.taskProfile(proposal.task().getId())).ifPresent(
							profile -> profile.setDeterminism(proposal.proposed(), DeterminismSource.CLASSIFIER));
					applied.add(proposal);
					changed = true;
				}
			}
			if (changed && document.isPresent()) {
				BpmnExporter.write(document.get(), files.bpmnFile(entry.getKey()).orElseThrow());
			}
		}
		if (!applied.isEmpty()) {
			SolutionResources.save(solution.solution().eResource());
		}
		return applied;
	}

	/** @return the tasks of a process, those of its sub-processes included, in model order */
	public static List<Task> tasks(Process process) {
		List<Task> tasks = new ArrayList<>();
		for (TreeIterator<EObject> it = process.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Task task) {
				tasks.add(task);
			}
		}
		return tasks;
	}
}
