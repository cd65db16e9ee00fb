package io.processware.generator.targets.qa;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import io.processware.generator.QaFinding;

/**
 * Generated YAML parsed by SnakeYAML strictly: duplicate keys, unknown tags and syntax errors are
 * findings with the file and line; every document of a multi-document file is read.
 */
public final class StrictYaml {

	/** A file's documents, or the finding that stopped its parse. */
	public record Parsed(List<Object> documents, QaFinding problem) {
	}

	private StrictYaml() {
	}

	/** @return the documents of a YAML file, or what is wrong with it */
	public static Parsed parse(Path output, Path file) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setAllowRecursiveKeys(false);
		Yaml yaml = new Yaml(new SafeConstructor(options));
		String name = output.relativize(file).toString();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Object> documents = new ArrayList<>();
			yaml.loadAll(reader).forEach(documents::add);
			return new Parsed(documents, null);
		} catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			String message = (e.getContext() == null ? "" : e.getContext() + ": ") + e.getProblem();
			return new Parsed(List.of(), new QaFinding(name, mark == null ? 0 : mark.getLine() + 1, message));
		} catch (YAMLException | IOException e) {
			return new Parsed(List.of(), new QaFinding(name, 0, e.getMessage()));
		}
	}

	/** @return what is wrong with each YAML file, in the given order */
	public static List<QaFinding> check(Path output, List<Path> files) {
		List<QaFinding> findings = new ArrayList<>();
		for (Path file : files) {
			QaFinding problem = parse(output, file).problem();
			if (problem != null) {
				findings.add(problem);
			}
		}
		return findings;
	}
}
