package io.processware.generator;

import java.util.stream.Collectors;

/** How the engine tracks the shop model's objects: by their ids, with their own values as fingerprint. */
final class ShopDependencies implements ModelDependencies {

	@Override
	public String key(Object object) {
		return object instanceof ShopModel || object instanceof ShopModel.Entity || object instanceof ShopModel.Attribute
				? ShopModel.idOf(object) : null;
	}

	@Override
	public java.util.Collection<?> children(Object object) {
		if (object instanceof ShopModel shop) {
			return shop.getEntities();
		}
		return object instanceof ShopModel.Entity entity ? entity.getAttributes() : java.util.List.of();
	}

	@Override
	public String fingerprint(Object object) {
		if (object instanceof ShopModel.Attribute attribute) {
			return attribute.getName() + "|" + attribute.getType() + "|" + attribute.getSqlType();
		}
		if (object instanceof ShopModel.Entity entity) {
			return entity.getName() + "|"
					+ entity.getAttributes().stream().map(ShopModel::idOf).collect(Collectors.joining(","));
		}
		ShopModel shop = (ShopModel) object;
		return shop.getName() + "|" + shop.getEntities().stream().map(ShopModel::idOf).collect(Collectors.joining(","));
	}
}
