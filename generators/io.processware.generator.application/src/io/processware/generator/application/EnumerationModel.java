package io.processware.generator.application;

import io.processware.generator.ModelView;
import java.util.List;

import io.processware.model.domain.Enumeration;

/**
 * A domain enumeration as a Java enum.
 *
 * @param source    the model element
 * @param className the Java enum's name
 * @param constants its constants, in the model's order
 */
public record EnumerationModel(Enumeration source, String className, List<String> constants)
		implements ModelView {

	static EnumerationModel of(Enumeration enumeration) {
		if (enumeration.getLiterals().isEmpty()) {
			throw new IllegalArgumentException("enumeration " + enumeration.getName() + " has no literals");
		}
		return new EnumerationModel(enumeration, Names.javaType(enumeration.getName()),
				enumeration.getLiterals().stream().map(Names::javaConstant).toList());
	}

	@Override
	public Object element() {
		return source;
	}
}
