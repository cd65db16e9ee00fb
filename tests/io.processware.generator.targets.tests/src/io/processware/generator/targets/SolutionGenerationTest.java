package io.processware.generator.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.GenerationException;
import io.processware.generator.Trace;
import io.processware.model.domain.Attribute;
import io.processware.model.domain.Domain;
import io.processware.model.domain.DomainFactory;
import io.processware.model.domain.Entity;
import io.processware.model.generation.ArtefactKind;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;

class SolutionGenerationTest {

	@TempDir
	Path temp;

	@Test
	void targetsShareOneFolderAndEachValidatorSeesOnlyItsOwnFiles() {
		FixtureTarget catalog = new FixtureTarget("catalog", ArtefactKind.DATA_CATALOG);
		FixtureTarget notes = new FixtureTarget("notes", ArtefactKind.DOCUMENTATION);
		Path out = temp.resolve("out");

		SolutionGenerationResult result = SolutionGeneration.of(List.of(catalog, notes)).generate(input(shop("invoice", "supplier")), out);

		assertTrue(result.qaPassed(), result::toString);
		assertEquals(List.of("catalog/invoice.txt", "catalog/supplier.txt"), catalog.checked);
		assertEquals(List.of("notes/README.md"), notes.checked);
		assertEquals(2, result.outcome("catalog").qa().filesChecked());
		Trace trace = Trace.read(out);
		assertEquals("catalog", trace.entry("catalog/invoice.txt").templateSet());
		assertEquals("notes", trace.entry("notes/README.md").templateSet());
	}

	@Test
	void aTargetRemovesOnlyItsOwnFilesThatTheModelNoLongerProduces() {
		Path out = temp.resolve("out");
		SolutionGeneration generation = SolutionGeneration.of(List.of(new FixtureTarget("catalog", ArtefactKind.DATA_CATALOG),
				new FixtureTarget("notes", ArtefactKind.DOCUMENTATION)));
		generation.generate(input(shop("invoice", "supplier")), out);

		SolutionGenerationResult second = generation.generate(input(shop("invoice")), out);

		assertEquals(List.of("catalog/supplier.txt"), second.outcome("catalog").result().removed());
		assertEquals(List.of(), second.outcome("notes").result().removed());
		assertTrue(Files.isRegularFile(out.resolve("notes/README.md")));
		assertFalse(Files.exists(out.resolve("catalog/supplier.txt")));
	}

	@Test
	void aFailingValidatorFailsTheRunAndNamesTheFileAndLine() {
		FixtureTarget catalog = new FixtureTarget("catalog", ArtefactKind.DATA_CATALOG);
		SolutionGenerationResult result = SolutionGeneration.of(List.of(catalog))
				.generate(input(shop("invoice", "BROKEN")), temp.resolve("out"));

		assertFalse(result.qaPassed());
		assertEquals("catalog/BROKEN.txt:1: the word BROKEN", result.outcome("catalog").qa().findings().get(0).toString());
	}

	@Test
	void twoTargetsWithOneTemplateSetNameAreRefused() {
		GenerationException error = assertThrows(GenerationException.class,
				() -> SolutionGeneration.of(List.of(new FixtureTarget("notes", ArtefactKind.DOCUMENTATION),
						new FixtureTarget("notes", ArtefactKind.DOCUMENTATION))));
		assertTrue(error.getMessage().contains("notes"), error.getMessage());
	}

	@Test
	void theApplicationTargetIsInstalled() {
		List<GenerationTarget> installed = GenerationTargets.installed();
		GenerationTarget application = installed.stream().filter(target -> target.name().equals("application"))
				.findFirst().orElseThrow(() -> new AssertionError(installed.toString()));
		assertEquals(ArtefactKind.APPLICATION_CODE, application.artefactKind());
	}

	private SolutionInput input(Solution solution) {
		try {
			return new SolutionInput(solution, Files.createDirectories(temp.resolve("solution")), "model-hash");
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** A solution with one domain and one entity per name, each with one attribute. */
	static Solution shop(String... entities) {
		Solution solution = SolutionFactory.eINSTANCE.createSolution();
		solution.setId("shop");
		solution.setName("Shop");
		Domain domain = DomainFactory.eINSTANCE.createDomain();
		domain.setId("sales");
		domain.setName("Sales");
		solution.getDomains().add(domain);
		for (String name : entities) {
			Entity entity = DomainFactory.eINSTANCE.createEntity();
			entity.setId("sales." + name);
			entity.setName(name);
			Attribute attribute = DomainFactory.eINSTANCE.createAttribute();
			attribute.setId("sales." + name + ".id");
			attribute.setName("id");
			entity.getAttributes().add(attribute);
			domain.getEntities().add(entity);
		}
		return solution;
	}
}
