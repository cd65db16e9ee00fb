package io.processware.bpmn.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import io.processware.bpmn.BpmnDocument;
import io.processware.bpmn.DeterminismSource;
import io.processware.bpmn.TaskProfile;
import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.Process;
import io.processware.model.process.Task;
import io.processware.model.solution.RuleSet;

/**
 * Writes a model process's Processware facts — determinism, implementation status, rule sets — into
 * the tasks of its BPMN document, in place: no other element, attribute or diagram is touched, so
 * the file's git diff shows exactly the facts that changed.
 */
public final class ProcessFactsWriter {

	private ProcessFactsWriter() {
	}

	/**
	 * @return one line per model task the document has no task for (nothing is written for those)
	 */
	public static List<String> write(Process process, BpmnDocument document) {
		List<String> missing = new ArrayList<>();
		for (TreeIterator<EObject> it = process.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Task task) {
				Optional<TaskProfile> profile = document.taskProfile(task.getId());
				if (profile.isPresent()) {
					write(task, profile.get());
				} else {
					missing.add(document.source() + ": task '" + task.getId() + "' of process '" + process.getId()
							+ "' is not a task of the file");
				}
			}
		}
		return missing;
	}

	private static void write(Task task, TaskProfile profile) {
		Determinism recorded = profile.determinism().orElse(Determinism.UNCLASSIFIED);
		if (recorded != task.getDeterminism()) {
			// a class changed in the model is the analyst's: the classifier writes its own proposals
			profile.setDeterminism(task.getDeterminism(), DeterminismSource.ANALYST);
		}
		// TO_GENERATE is where every task starts; the file records only progress beyond it
		profile.setImplementationStatus(
				task.getImplementationStatus() == ImplementationStatus.TO_GENERATE ? null : task.getImplementationStatus());
		profile.setRuleReferences(task.getRuleSets().stream().map(RuleSet::getId).toList());
	}
}
