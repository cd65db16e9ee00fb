package io.processware.bpmn.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.LaneSet;

import io.processware.bpmn.BpmnDocument;
import io.processware.model.process.Lane;
import io.processware.model.process.Participant;
import io.processware.model.process.Process;
import io.processware.model.process.ProcessFactory;
import io.processware.model.solution.Solution;

/**
 * BPMN 2.0 ⇄ the metamodel's process package. Reading turns every process of a file into a
 * metamodel {@link Process} with the file's ids, so a solution model and its BPMN file name the same
 * elements alike. Writing goes the other way only for Processware's facts
 * ({@link ProcessFactsWriter}): the document keeps everything else exactly as the authoring tool
 * wrote it, which is why the model is never turned back into XML.
 */
public final class ProcessMapper {
	private static final ProcessFactory FACTORY = ProcessFactory.eINSTANCE;

	private ProcessMapper() {
	}

	/**
	 * Reads every process of the document into the metamodel.
	 *
	 * @param context the solution whose rule sets the tasks' {@code pw:ruleRef}s name; may be null,
	 *                then every rule reference is reported as unresolved. The processes returned are
	 *                not added to it.
	 */
	public static MappedProcesses read(BpmnDocument document, Solution context) {
		List<String> notes = new ArrayList<>();
		Map<String, Process> processes = new LinkedHashMap<>();
		Map<String, ScopeMapping> scopes = new LinkedHashMap<>();
		for (var source : document.model().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
			Process process = FACTORY.createProcess();
			ScopeMapping.identify(process, source);
			process.setName(source.getName());
			ScopeMapping scope = new ScopeMapping(process, context, notes);
			scope.mapContents(source);
			for (LaneSet lanes : source.getLaneSets()) {
				mapLanes(lanes, process, scope);
			}
			processes.put(source.getId(), process);
			scopes.put(source.getId(), scope);
		}
		scopes.values().forEach(scope -> scope.resolve(processes));
		CollaborationMapping collaborations = new CollaborationMapping(processes, scopes, notes);
		Map<String, Participant> participants = new LinkedHashMap<>();
		for (Collaboration collaboration : document.model().getModelElementsByType(Collaboration.class)) {
			collaborations.map(collaboration, participants);
		}
		return new MappedProcesses(List.copyOf(processes.values()), notes);
	}

	/** Nested lanes become lanes of their own: the model's lanes do not nest. */
	private static void mapLanes(LaneSet lanes, Process process, ScopeMapping scope) {
		for (var source : lanes.getLanes()) {
			Lane lane = FACTORY.createLane();
			ScopeMapping.identify(lane, source);
			lane.setName(source.getName());
			source.getFlowNodeRefs().stream().map(node -> scope.node(node.getId())).filter(node -> node != null)
					.forEach(lane.getNodes()::add);
			process.getLanes().add(lane);
			if (source.getChildLaneSet() != null) {
				mapLanes(source.getChildLaneSet(), process, scope);
			}
		}
	}
}
