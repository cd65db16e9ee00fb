package io.processware.ui.rules.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;

/**
 * Where a solution-model element is written in its {@code .pws} file: the element's stable id is its
 * URI fragment and appears once as {@code id="…"}, so the definition is the line that declares it.
 */
final class ModelLocations {

	private ModelLocations() {
	}

	static Optional<Location> of(EObject element) {
		URI uri = element.eResource().getURI();
		if (!uri.isFile()) {
			return Optional.empty();
		}
		String declaration = "id=\"" + element.eResource().getURIFragment(element) + "\"";
		try {
			String text = Files.readString(Path.of(uri.toFileString()), StandardCharsets.UTF_8);
			int at = text.indexOf(declaration);
			if (at < 0) {
				return Optional.empty();
			}
			Document document = new Document(1, text);
			Position start = document.getPosition(at + "id=\"".length());
			Position end = document.getPosition(at + declaration.length() - 1);
			return Optional.of(new Location(java.nio.file.Path.of(uri.toFileString()).toUri().toString(), new Range(start, end)));
		} catch (IOException unreadable) {
			return Optional.empty();
		}
	}
}
