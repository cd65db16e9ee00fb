package io.processware.bpmn.mapping;

import java.util.List;
import java.util.Optional;

import io.processware.model.process.Process;

/**
 * The metamodel processes read from one BPMN file, and what the reading had to approximate or could
 * not resolve. Approximations are not errors: the file keeps the exact BPMN (the document is what
 * is written back), the model holds the nearest kind it has.
 *
 * @param processes one per BPMN process of the file, in file order, ids as in the file
 * @param notes     one line per approximation or unresolved reference, naming the element id
 */
public record MappedProcesses(List<Process> processes, List<String> notes) {

	public MappedProcesses {
		processes = List.copyOf(processes);
		notes = List.copyOf(notes);
	}

	/** @return the process with this id, if the file has one */
	public Optional<Process> process(String id) {
		return processes.stream().filter(process -> id.equals(process.getId())).findFirst();
	}
}
