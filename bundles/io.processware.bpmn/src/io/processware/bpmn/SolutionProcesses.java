package io.processware.bpmn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.processware.model.process.Process;

/**
 * The BPMN files of a solution's processes, read once: a process's {@code bpmnFile} is relative to
 * the folder of the solution model that holds it. A process without a file, or whose file does not
 * exist yet, simply has no document.
 */
public final class SolutionProcesses {
	private final Path solutionFolder;
	private final Map<String, BpmnDocument> documents = new LinkedHashMap<>();

	/** @param solutionFile the {@code .pws} file the processes come from */
	public SolutionProcesses(Path solutionFile) {
		Path folder = solutionFile.toAbsolutePath().getParent();
		this.solutionFolder = folder;
	}

	/** @return the path of the process's BPMN file, if it names one */
	public Optional<Path> bpmnFile(Process process) {
		String file = process.getBpmnFile();
		return file == null || file.isBlank() ? Optional.empty() : Optional.of(solutionFolder.resolve(file));
	}

	/**
	 * @return the process's BPMN document, if the process names a file that exists
	 * @throws BpmnImportException when that file cannot be imported
	 */
	public Optional<BpmnDocument> document(Process process) throws BpmnImportException {
		Optional<Path> file = bpmnFile(process).filter(Files::isRegularFile);
		if (file.isEmpty()) {
			return Optional.empty();
		}
		BpmnDocument document = documents.get(process.getId());
		if (document == null) {
			document = BpmnImporter.read(file.get());
			documents.put(process.getId(), document);
		}
		return Optional.of(document);
	}
}
