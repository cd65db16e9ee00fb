package io.processware.generator;

import java.util.ArrayList;
import java.util.List;

/** A tiny model for the engine's tests, shaped like EMF objects: JavaBean getters, mutable lists. */
public final class ShopModel {

	public static final class Attribute {
		private final Entity owner;
		private final String name;
		private final String type;
		private final String sqlType;

		Attribute(Entity owner, String name, String type, String sqlType) {
			this.owner = owner;
			this.name = name;
			this.type = type;
			this.sqlType = sqlType;
		}

		public String getName() {
			return name;
		}

		public String getType() {
			return type;
		}

		public String getSqlType() {
			return sqlType;
		}

		String id() {
			return "attribute:" + owner.getName() + "." + name;
		}
	}

	public static final class Entity {
		private final String name;
		private final List<Attribute> attributes = new ArrayList<>();

		Entity(String name) {
			this.name = name;
		}

		public String getName() {
			return name;
		}

		public List<Attribute> getAttributes() {
			return attributes;
		}

		public Entity attribute(String attributeName, String type, String sqlType) {
			attributes.add(new Attribute(this, attributeName, type, sqlType));
			return this;
		}
	}

	private final String name;
	private final List<Entity> entities = new ArrayList<>();

	public ShopModel(String name) {
		this.name = name;
	}

	public String getName() {
		return name;
	}

	public long getOrderLimit() {
		return 10_000;
	}

	public List<Entity> getEntities() {
		return entities;
	}

	public Entity entity(String entityName) {
		Entity entity = new Entity(entityName);
		entities.add(entity);
		return entity;
	}

	/** The standard shop: an invoice and a supplier. */
	public static ShopModel standard() {
		ShopModel shop = new ShopModel("Invoice shop");
		shop.entity("Invoice").attribute("number", "String", "varchar(20)").attribute("amount", "java.math.BigDecimal",
				"numeric(12,2)");
		shop.entity("Supplier").attribute("name", "String", "varchar(80)");
		return shop;
	}

	/** Element ids as the trace records them. */
	public static String idOf(Object element) {
		if (element instanceof Entity entity) {
			return "entity:" + entity.getName();
		}
		if (element instanceof Attribute attribute) {
			return attribute.id();
		}
		if (element instanceof ShopModel shop) {
			return "shop:" + shop.getName();
		}
		return String.valueOf(element);
	}
}
