package io.processware.generator.infrastructure;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.Solution;

/**
 * An outbound connection the service needs to a legacy system: the network policy opens its port.
 *
 * @param name the legacy systems on that port, comma separated
 * @param port the TCP port, from the endpoint's URI (its explicit port, else its scheme's default)
 */
public record LegacyFlow(String name, int port) {

	private static final Map<String, Integer> DEFAULT_PORTS = Map.of("https", 443, "http", 80, "sftp", 22, "ftp", 21,
			"ftps", 990, "amqp", 5672, "amqps", 5671, "jdbc:postgresql", 5432, "jdbc:oracle", 1521, "jdbc:sqlserver", 1433);

	/** @return one flow per port the solution's legacy systems use, in model order */
	static List<LegacyFlow> of(Solution solution) {
		Map<Integer, String> byPort = new LinkedHashMap<>();
		for (LegacySystem system : solution.getLegacySystems()) {
			int port = portOf(system.getEndpoint());
			if (port > 0) {
				byPort.merge(port, system.getName(), (a, b) -> a + ", " + b);
			}
		}
		return byPort.entrySet().stream().map(entry -> new LegacyFlow(entry.getValue(), entry.getKey())).toList();
	}

	private static int portOf(String endpoint) {
		if (endpoint == null || endpoint.isBlank()) {
			return -1;
		}
		String text = endpoint.trim();
		String scheme = text.contains("://") ? text.substring(0, text.indexOf("://")).toLowerCase(Locale.ROOT) : "";
		try {
			URI uri = URI.create(scheme.startsWith("jdbc:") ? text.substring(5) : text);
			if (uri.getPort() > 0) {
				return uri.getPort();
			}
		} catch (IllegalArgumentException e) {
			// not a URI: fall back to the scheme's port
		}
		return DEFAULT_PORTS.getOrDefault(scheme, -1);
	}
}
