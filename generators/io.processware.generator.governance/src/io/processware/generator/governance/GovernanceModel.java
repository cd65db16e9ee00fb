package io.processware.generator.governance;

import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.processware.generator.GenerationException;
import io.processware.generator.ModelView;
import io.processware.generator.application.AttributeModel;
import io.processware.generator.application.EntityModel;
import io.processware.generator.application.EnvironmentModel;
import io.processware.generator.application.ServiceModel;
import io.processware.model.domain.AttributeType;
import io.processware.model.process.DataObject;
import io.processware.model.process.DataStore;
import io.processware.model.process.Process;
import io.processware.model.process.Task;
import io.processware.model.solution.EnvironmentData;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.Solution;

/**
 * The solution's data as the governance templates see it: every entity and attribute with its
 * classification, personal-data flag, retention, residency and lineage, and where each
 * environment keeps the data.
 *
 * @param service      the service the application target generates
 * @param entities     every entity, in model order
 * @param environments every environment with its jurisdiction
 */
public record GovernanceModel(ServiceModel service, List<CatalogEntity> entities,
		List<EnvironmentResidency> environments) implements ModelView {

	private static final Properties REGIONS = regions();

	/**
	 * @throws GenerationException when a retention is not an ISO-8601 period
	 */
	public static GovernanceModel of(Solution solution) {
		ServiceModel service = ServiceModel.of(solution);
		List<CatalogEntity> entities = service.entities().stream().map(entity -> entity(solution, entity)).toList();
		List<EnvironmentResidency> environments = service.environments().stream().map(GovernanceModel::residency)
				.toList();
		return new GovernanceModel(service, entities, environments);
	}

	/** @return the jurisdiction a cloud region's data lies in, or "unknown" */
	public static String jurisdiction(String region) {
		return region == null || region.isBlank() ? "unknown"
				: REGIONS.getProperty(region.trim().toLowerCase(Locale.ROOT), "unknown");
	}

	private static EnvironmentResidency residency(EnvironmentModel environment) {
		EnvironmentData data = environment.source().getData() == null ? EnvironmentData.SYNTHETIC_DATA
				: environment.source().getData();
		return new EnvironmentResidency(environment, jurisdiction(environment.region()), data.getName(),
				data != EnvironmentData.SYNTHETIC_DATA);
	}

	private static CatalogEntity entity(Solution solution, EntityModel entity) {
		List<CatalogAttribute> attributes = entity.attributes().stream().map(GovernanceModel::attribute).toList();
		Map<Process, List<String>> uses = new LinkedHashMap<>();
		Set<RuleSet> ruleSets = new LinkedHashSet<>();
		List<String> stores = new ArrayList<>();
		for (Process process : solution.getProcesses()) {
			for (java.util.Iterator<EObject> all = process.eAllContents(); all.hasNext();) {
				EObject element = all.next();
				if (element instanceof Task task && task.getEntities().contains(entity.source())) {
					uses.computeIfAbsent(process, p -> new ArrayList<>()).add(task.getName());
					ruleSets.addAll(task.getRuleSets());
				} else if (element instanceof DataObject object && object.getEntity() == entity.source()) {
					uses.computeIfAbsent(process, p -> new ArrayList<>()).add("data object " + object.getName());
				} else if (element instanceof DataStore store && store.getEntities().contains(entity.source())) {
					uses.computeIfAbsent(process, p -> new ArrayList<>());
					stores.add(store.getName() + (store.getLegacySystem() == null ? ""
							: " (" + store.getLegacySystem().getName() + ")"));
				}
			}
		}
		List<CatalogEntity.ProcessUse> processes = uses.entrySet().stream()
				.map(use -> new CatalogEntity.ProcessUse(use.getKey().getId(), use.getKey().getName(), use.getValue()))
				.toList();
		List<CatalogEntity.RuleSetUse> rules = ruleSets.stream()
				.map(set -> new CatalogEntity.RuleSetUse(set.getId(), set.getName(), set.getPath() == null ? "" : set.getPath()))
				.toList();
		return new CatalogEntity(entity, attributes, processes, rules, stores);
	}

	private static CatalogAttribute attribute(AttributeModel attribute) {
		String retention = attribute.source().getRetention() == null ? "" : attribute.source().getRetention().trim();
		if (!retention.isEmpty()) {
			try {
				Period.parse(retention);
			} catch (DateTimeParseException e) {
				throw new GenerationException("attribute " + attribute.source().getName() + " ("
						+ attribute.source().getId() + "): retention '" + retention
						+ "' is not an ISO-8601 period such as P10Y or P90D");
			}
		}
		String residency = attribute.source().getResidency() == null ? "" : attribute.source().getResidency().trim();
		AttributeType type = attribute.source().getType() == null ? AttributeType.TEXT : attribute.source().getType();
		List<String> columns = attribute.isMoney()
				? List.of(attribute.column() + "_amount", attribute.column() + "_currency")
				: List.of(attribute.column());
		return new CatalogAttribute(attribute, type.getName(), columns, retention, residency, samples(attribute, type));
	}

	private static List<String> samples(AttributeModel attribute, AttributeType type) {
		return switch (type) {
		case MONEY -> List.of("new java.math.BigDecimal(\"100.50\")", "\"EUR\"");
		case INTEGER -> List.of("n");
		case DECIMAL -> List.of("new java.math.BigDecimal(\"12.5\")");
		case BOOLEAN -> List.of("Boolean.TRUE");
		case DATE -> List.of("java.sql.Date.valueOf(\"2020-01-31\")");
		case DATE_TIME -> List.of("java.sql.Timestamp.valueOf(\"2020-01-31 10:00:00\")");
		case ENUMERATION -> List.of(attribute.sampleJson());
		default -> List.of("\"" + attribute.field() + "-\" + tag");
		};
	}

	private static Properties regions() {
		Properties regions = new Properties();
		try (InputStream in = GovernanceModel.class.getResourceAsStream("/regions.properties")) {
			if (in != null) {
				regions.load(in);
			}
		} catch (IOException e) {
			throw new GenerationException("cannot read the region table: " + e.getMessage(), e);
		}
		return regions;
	}

	/** @return the entities whose values expire */
	public List<CatalogEntity> retainedEntities() {
		return entities.stream().filter(CatalogEntity::retained).toList();
	}

	/** @return whether any value expires, so that the service gets a retention job */
	public boolean hasRetention() {
		return !retainedEntities().isEmpty();
	}

	@Override
	public Object element() {
		return service.solution();
	}

}
