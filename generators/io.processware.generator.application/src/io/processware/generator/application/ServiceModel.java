package io.processware.generator.application;

import io.processware.generator.ModelView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.processware.generator.GenerationException;
import io.processware.model.domain.Domain;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.NamedElement;
import io.processware.model.solution.Solution;

/**
 * The generated service as the application templates see it: every name already turned into Java,
 * SQL and URL form, so that templates only arrange text. Two model elements that would become the
 * same Java type, table or REST path are reported here, naming both, rather than as a compile
 * error in generated code.
 *
 * @param solution     the model's root
 * @param name         the service's name (the solution's)
 * @param artifactId   the Maven artifactId
 * @param javaPackage  the Java package of the generated code
 * @param packagePath  the same with '/'
 * @param applicationClass the Spring Boot application class
 * @param version      the service's version (the solution's)
 * @param entities     every entity of every domain, in model order
 * @param enumerations every enumeration of every domain, in model order
 * @param environments the deployment environments
 * @param decisionTables the decision tables of the solution's rules files, compiled to Java
 * @param orchestration  the processes as state machines, their steps, adapters and runtime-LLM slots
 * @param ruleFiles    the solution's rules files, each compiled to one Java class
 * @param taskRules    per task that rules name, its entry point into them
 * @param invariantEntities the classes of the entities that rules files give invariants to (a
 *                     component, not a method: a template calling a method depends on the whole model)
 */
public record ServiceModel(Solution solution, String name, String artifactId, String javaPackage, String packagePath,
		String applicationClass, String version, List<EntityModel> entities, List<EnumerationModel> enumerations,
		List<EnvironmentModel> environments, List<DecisionTableModel> decisionTables,
		OrchestrationModel orchestration, List<RuleFileModel> ruleFiles, List<TaskRulesModel> taskRules,
		List<String> invariantEntities) implements ModelView {

	private static final List<String> GENERATED_TYPES = List.of("Money", "Entity", "Table", "Column", "Id",
			"Embedded", "Enumerated", "JoinColumn", "JoinTable", "Transient", "Set", "List", "Valid", "NotNull", "Size",
			"JsonIgnore", "JsonProperty", "JdbcTypeCode", "SqlTypes", "Pattern", "Embeddable", "GeneratedValue",
			"GenerationType", "FetchType", "AttributeOverride", "EnumType", "ManyToOne", "OneToOne", "OneToMany",
			"ManyToMany", "LinkedHashSet", "BigDecimal");

	/** The Java package every generated service's code lives under. */
	public static final String BASE_PACKAGE = "app";

	/**
	 * @throws GenerationException when a name cannot be turned into code or two names collide
	 */
	public static ServiceModel of(Solution solution) {
		return of(solution, List.of());
	}

	/**
	 * @param rules the solution's rules files
	 * @throws GenerationException when a name cannot be turned into code, two names collide, or a
	 *                             rules file cannot be compiled
	 */
	public static ServiceModel of(Solution solution, List<RulesFiles.Parsed> rules) {
		return of(solution, rules, KnownPaths.NONE);
	}

	/**
	 * @param knownPaths the paths a generator found in its last run: processes that did not change are
	 *                   not searched again
	 */
	public static ServiceModel of(Solution solution, List<RulesFiles.Parsed> rules, KnownPaths knownPaths) {
		try {
			List<EnumerationModel> enumerations = new ArrayList<>();
			List<EntityModel> entities = new ArrayList<>();
			for (Domain domain : solution.getDomains()) {
				domain.getEnumerations().forEach(e -> enumerations.add(EnumerationModel.of(e)));
			}
			for (Domain domain : solution.getDomains()) {
				domain.getEntities().forEach(e -> entities.add(EntityModel.of(e, enumerations)));
			}
			checkUnique(entities, enumerations);
			String javaPackage = BASE_PACKAGE + "." + Names.javaPackageSegment(solution.getName());
			List<DecisionTableModel> tables = decisionTables(rules.stream().flatMap(parsed -> parsed.file()
					.getDeclarations().stream()).filter(io.processware.rules.rules.DecisionTable.class::isInstance)
					.map(io.processware.rules.rules.DecisionTable.class::cast).toList());
			List<RuleFileModel> ruleFiles = ruleFiles(rules, javaPackage, entities, tables);
			return new ServiceModel(solution, solution.getName(), Names.kebab(solution.getName()), javaPackage,
					javaPackage.replace('.', '/'), Names.javaType(solution.getName()) + "Application",
					solution.getVersion() == null || solution.getVersion().isBlank() ? "0.1.0" : solution.getVersion(),
					List.copyOf(entities), List.copyOf(enumerations),
					solution.getEnvironments().stream().map(EnvironmentModel::of).toList(), tables,
					Orchestration.of(solution, tables, RulesFiles.declarations(rules,
							io.processware.rules.rules.LlmSlot.class), ruleFiles, knownPaths),
					ruleFiles, TaskRulesModel.of(ruleFiles), invariantEntities(javaPackage, entities, ruleFiles));
		} catch (IllegalArgumentException e) {
			throw new GenerationException("solution " + solution.getName() + ": " + e.getMessage(), e);
		}
	}

	private static List<DecisionTableModel> decisionTables(List<io.processware.rules.rules.DecisionTable> tables) {
		List<DecisionTableModel> models = tables.stream().map(DecisionTableCompiler::compile).toList();
		Map<String, String> classes = new HashMap<>();
		for (DecisionTableModel table : models) {
			String other = classes.putIfAbsent(table.className(), table.source().getName());
			if (other != null) {
				throw new IllegalArgumentException("decision tables '" + other + "' and '" + table.source().getName()
						+ "' would both become class " + table.className() + "; rename one of them");
			}
		}
		return models;
	}

	private static List<RuleFileModel> ruleFiles(List<RulesFiles.Parsed> rules, String javaPackage,
			List<EntityModel> entities, List<DecisionTableModel> tables) {
		DomainLookup byEntity = new DomainLookup(entities);
		Map<io.processware.rules.rules.DecisionTable, DecisionTableModel> byTable = new HashMap<>();
		tables.forEach(table -> byTable.put(table.source(), table));
		Map<String, String> classes = new HashMap<>();
		tables.forEach(table -> classes.put(table.className(), "decision table '" + table.source().getName() + "'"));
		List<RuleFileModel> files = new ArrayList<>();
		for (RulesFiles.Parsed parsed : rules) {
			RuleFileModel file = RuleFileCompiler.compile(parsed.file(), parsed.name(), javaPackage, byEntity, byTable);
			String other = classes.putIfAbsent(file.className(), "rules file '" + parsed.name() + "'");
			if (other != null) {
				throw new IllegalArgumentException(other + " and rules file '" + parsed.name()
						+ "' would both become class " + file.className() + "; rename one of them");
			}
			files.add(file);
		}
		return files;
	}

	private static List<String> invariantEntities(String javaPackage, List<EntityModel> entities,
			List<RuleFileModel> ruleFiles) {
		return entities.stream().filter(entity -> ruleFiles.stream().anyMatch(file -> file.invariantFacts().stream()
				.anyMatch(fact -> fact.javaType().equals(javaPackage + ".domain." + entity.className()))))
				.map(EntityModel::className).toList();
	}

	/** @return the SLAs of every rules file, in file and declaration order */
	public List<RuleFileModel.SlaModel> serviceLevels() {
		return ruleFiles.stream().flatMap(file -> file.serviceLevels().stream()).toList();
	}

	/** @return the rules files' invariants of an entity (constraints of no task on it alone), file by file */
	public List<RuleFileModel> invariantFilesOf(EntityModel entity) {
		String type = javaPackage + ".domain." + entity.className();
		return ruleFiles.stream().filter(file -> file.invariantFacts().stream().anyMatch(f -> f.javaType().equals(type)))
				.toList();
	}

	/** @return the entities that rules files give invariants to */
	public List<EntityModel> entitiesWithInvariants() {
		return entities.stream().filter(entity -> invariantEntities.contains(entity.className())).toList();
	}

	/** @return whether any rules file is compiled (the rules runtime is generated then) */
	public boolean hasRules() {
		return !decisionTables.isEmpty() || !ruleFiles.isEmpty();
	}

	private static void checkUnique(List<EntityModel> entities, List<EnumerationModel> enumerations) {
		Map<String, NamedElement> types = new HashMap<>();
		// types the generated code declares or imports by simple name beside the model's
		for (String generated : GENERATED_TYPES) {
			types.put(generated, null);
		}
		Map<String, NamedElement> tables = new HashMap<>();
		Map<String, NamedElement> paths = new HashMap<>();
		for (EnumerationModel enumeration : enumerations) {
			claim(types, enumeration.className(), enumeration.source(), "Java type");
		}
		for (EntityModel entity : entities) {
			claim(types, entity.className(), entity.source(), "Java type");
			claim(tables, entity.table(), entity.source(), "table");
			claim(paths, entity.collectionPath(), entity.source(), "REST path");
			Map<String, NamedElement> members = new HashMap<>();
			Map<String, NamedElement> columns = new HashMap<>();
			members.put("id", null);
			columns.put("id", null);
			for (AttributeModel attribute : entity.attributes()) {
				claim(members, attribute.field(), attribute.source(), "field of " + entity.className());
				claim(columns, attribute.column(), attribute.source(), "column of " + entity.table());
			}
			for (RelationshipModel relationship : entity.relationships()) {
				claim(members, relationship.field(), relationship.source(), "field of " + entity.className());
				if (relationship.toOne()) {
					claim(columns, relationship.joinColumn(), relationship.source(), "column of " + entity.table());
				} else {
					claim(tables, relationship.joinTable(), relationship.source(), "table");
				}
			}
		}
	}

	private static void claim(Map<String, NamedElement> taken, String name, NamedElement element, String what) {
		if (taken.containsKey(name)) {
			NamedElement other = taken.get(name);
			throw new IllegalArgumentException(describe(element) + " and "
					+ (other == null ? "a name the generated code uses itself" : describe(other)) + " would both become " + what + " '"
					+ name + "'; rename one of them");
		}
		taken.put(name, element);
	}

	private static String describe(NamedElement element) {
		return element.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " '" + element.getName() + "'"
				+ (element instanceof ModelElement m && m.getId() != null ? " (" + m.getId() + ")" : "");
	}

	@Override
	public Object element() {
		return solution;
	}
}
