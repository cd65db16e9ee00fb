package io.processware.ui.rules.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;

import io.processware.model.process.FlowNode;
import io.processware.model.process.Process;

/**
 * Where a solution-model element is written down. Its stable id is its URI fragment and appears once
 * as {@code id="…"} in its {@code .pws} file, so the definition is the line that declares it. A task
 * or other flow node is drawn in its process's {@code .bpmn} file under the same id (the interchange
 * maps BPMN ids one to one), and the diagram comes first: that is where the analyst defined it.
 * Each location's range covers exactly the id, so an editor that is not a text editor can be told
 * which element to select.
 */
final class ModelLocations {

	private ModelLocations() {
	}

	static List<Location> of(EObject element) {
		List<Location> locations = new ArrayList<>();
		URI uri = element.eResource().getURI();
		if (!uri.isFile()) {
			return locations;
		}
		Path model = Path.of(uri.toFileString());
		String id = element.eResource().getURIFragment(element);
		diagram(element, model).flatMap(bpmn -> declaration(bpmn, id)).ifPresent(locations::add);
		declaration(model, id).ifPresent(locations::add);
		return locations;
	}

	/** @return the BPMN file of the process a flow node belongs to, if it names one that exists */
	private static Optional<Path> diagram(EObject element, Path model) {
		if (!(element instanceof FlowNode) && !(element instanceof Process)) {
			return Optional.empty();
		}
		EObject scope = element;
		while (scope != null && !(scope instanceof Process)) {
			scope = scope.eContainer();
		}
		String file = scope instanceof Process process ? process.getBpmnFile() : null;
		if (file == null || file.isBlank()) {
			return Optional.empty();
		}
		Path bpmn = model.toAbsolutePath().getParent().resolve(file).normalize();
		return Files.isRegularFile(bpmn) ? Optional.of(bpmn) : Optional.empty();
	}

	/** @return the range of {@code id} in the file's first {@code id="id"} */
	private static Optional<Location> declaration(Path file, String id) {
		String declaration = "id=\"" + id + "\"";
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			int at = text.indexOf(declaration);
			if (at < 0) {
				return Optional.empty();
			}
			Document document = new Document(1, text);
			Position start = document.getPosition(at + "id=\"".length());
			Position end = document.getPosition(at + declaration.length() - 1);
			return Optional.of(new Location(file.toUri().toString(), new Range(start, end)));
		} catch (IOException unreadable) {
			return Optional.empty();
		}
	}
}
