package io.processware.generator.legacy;

import java.util.List;

import io.processware.generator.ModelView;
import io.processware.model.solution.LegacySystem;

/**
 * One legacy system's adapter.
 *
 * @param source        the model element
 * @param protocol      rest, soap, jdbc, file or queue
 * @param className     the generated client class
 * @param adapterInterface the interface the application target generates for the processes' calls
 *                      ({@code adapters.<System>Adapter}), or empty when no task calls the system
 * @param key           the settings key under {@code processware.legacy}
 * @param envPrefix     the prefix of the environment variables that override its settings
 * @param endpoint      the endpoint the model gives (for SOAP: the service address, the WSDL's query removed)
 * @param timeoutMillis the call timeout: the system's response-time SLA, else 5 seconds
 * @param oneWay        whether calls expect no reply
 * @param operations    the operations the processes call, in order of first use
 */
public record SystemModel(LegacySystem source, String protocol, String className, String adapterInterface,
		String key, String envPrefix, String endpoint, int timeoutMillis, boolean oneWay, List<Operation> operations)
		implements ModelView {

	/**
	 * @param name   the operation as the system names it
	 * @param method the Java method
	 * @param reads  for file drops: takes a file from the folder rather than dropping one
	 */
	public record Operation(String name, String method, boolean reads) {
	}

	/** @return whether the client implements the processes' adapter interface */
	public boolean implementsAdapter() {
		return !adapterInterface.isEmpty();
	}

	@Override
	public Object element() {
		return source;
	}
}
