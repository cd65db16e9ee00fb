package io.processware.generator.infrastructure;

import java.util.Locale;

/**
 * The names of an environment's cloud resources, within Azure's rules: storage accounts take 3 to 24
 * lower-case letters and digits, key vaults 3 to 24 letters, digits and hyphens; both are global, so
 * they combine the application and the environment.
 */
public record ResourceNames(String resourceGroup, String network, String cluster, String database,
		String storageAccount, String keyVault, String namespace) {

	static ResourceNames of(String application, String profile) {
		String base = application + "-" + profile;
		String storage = "st" + shorten(alphanumeric(application), 14) + shorten(alphanumeric(profile), 8);
		String vault = "kv-" + shorten(application, 12) + "-" + shorten(profile, 8);
		return new ResourceNames("rg-" + base, "vnet-" + base, "aks-" + base, "psql-" + base, storage,
				vault.replaceAll("-+$", ""), application);
	}

	private static String alphanumeric(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static String shorten(String name, int length) {
		String cut = name.length() > length ? name.substring(0, length) : name;
		return cut.replaceAll("-+$", "");
	}
}
