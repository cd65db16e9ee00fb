package io.processware.generator.targets.qa;

import java.io.IOException;
import java.io.InputStream;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/** JSON Schemas (draft 2020-12) a generator bundle ships, for networknt's validator; errors locate values by JSON pointer. */
public final class JsonSchemas {

	private JsonSchemas() {
	}

	/**
	 * @param owner    a class of the bundle that ships the schema
	 * @param resource the schema's path in that bundle, from its root
	 */
	public static JsonSchema load(Class<?> owner, String resource) {
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the JSON schema " + resource + " is missing from the bundle of " + owner.getName());
			}
			SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
		} catch (IOException e) {
			throw new IllegalStateException("cannot read the JSON schema " + resource + ": " + e.getMessage(), e);
		}
	}
}
