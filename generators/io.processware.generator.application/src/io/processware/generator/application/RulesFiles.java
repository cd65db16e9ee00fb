package io.processware.generator.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.processware.generator.GenerationException;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.RuleFile;
import io.processware.rules.workspace.RulesValidation;

/** The rules files of a solution folder, parsed together so that their imports resolve. */
public final class RulesFiles {

	private RulesFiles() {
	}

	/** @return the decision tables of every rules file of the folder, in file and declaration order */
	public static List<DecisionTable> decisionTables(Path solutionFolder) {
		return declarations(solutionFolder, DecisionTable.class);
	}

	/** @return the declarations of one kind of every rules file of the folder, in file and declaration order */
	public static <T> List<T> declarations(Path solutionFolder, Class<T> kind) {
		if (!Files.isDirectory(solutionFolder)) {
			return List.of();
		}
		XtextResourceSet set = RulesValidation.newResourceSet(RulesValidation.injector());
		List<T> tables = new ArrayList<>();
		for (Path file : RulesValidation.rulesFiles(solutionFolder)) {
			Resource resource = set.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
			if (!resource.getErrors().isEmpty()) {
				throw new GenerationException(file + ": " + resource.getErrors().get(0).getLine() + ": "
						+ resource.getErrors().get(0).getMessage() + " (run 'processware validate')");
			}
			for (Object root : resource.getContents()) {
				if (root instanceof RuleFile rules) {
					rules.getDeclarations().stream().filter(kind::isInstance).map(kind::cast).forEach(tables::add);
				}
			}
		}
		return tables;
	}
}
