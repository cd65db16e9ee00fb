package io.processware.generator.governance;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.generator.application.EntityModel;

/**
 * One entity in the data catalog, with its lineage.
 *
 * @param entity     the entity as the service stores it
 * @param attributes its attributes
 * @param processes  the processes whose tasks or data objects use it, with those tasks
 * @param ruleSets   the rule sets those tasks apply to it
 * @param dataStores the process data stores (and their legacy systems) holding it
 */
public record CatalogEntity(EntityModel entity, List<CatalogAttribute> attributes, List<ProcessUse> processes,
		List<RuleSetUse> ruleSets, List<String> dataStores) implements ModelView {

	/**
	 * @param id    the process's model id
	 * @param name  its name
	 * @param tasks the tasks using the entity
	 */
	public record ProcessUse(String id, String name, List<String> tasks) {
	}

	/**
	 * @param id   the rule set's model id
	 * @param name its name
	 * @param path its rules file, relative to the solution
	 */
	public record RuleSetUse(String id, String name, String path) {
	}

	/** @return whether any of its values expire */
	public boolean retained() {
		return attributes.stream().anyMatch(CatalogAttribute::retained);
	}

	/** @return the expiring attributes whose values are erased on expiry */
	public List<CatalogAttribute> erasable() {
		return attributes.stream().filter(a -> a.retained() && a.erasable()).toList();
	}

	/** @return the expiring required attributes: when one expires, the row is deleted */
	public List<CatalogAttribute> rowRetention() {
		return attributes.stream().filter(a -> a.retained() && !a.erasable()).toList();
	}

	/** @return the attributes the retention test writes: required ones and expiring ones */
	public List<CatalogAttribute> sampled() {
		return attributes.stream().filter(a -> a.attribute().required() || a.retained()).toList();
	}

	@Override
	public Object element() {
		return entity.source();
	}
}
