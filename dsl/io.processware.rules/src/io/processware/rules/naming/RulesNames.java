package io.processware.rules.naming;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import io.processware.model.solution.ModelElement;
import io.processware.rules.rules.Declaration;
import io.processware.rules.rules.RuleFile;

/**
 * The names under which elements are found. A solution-model element is found under its stable id,
 * split at dots ({@code invoice-to-payment.validate-invoice}); an id that is not a valid rules name is
 * not referable. A declaration of a rules file is found under its simple name. Everything else (table
 * inputs, outputs, schema fields) is reached through its owner, never globally.
 */
public class RulesNames extends IQualifiedNameProvider.AbstractImpl {

	/** One segment of a referable id: what the rules language's ID terminal accepts. */
	public static final Pattern SEGMENT = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*(-[a-zA-Z_0-9]+)*");

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof ModelElement element) {
			return ofId(element.getId());
		}
		if (object instanceof Declaration && object.eContainer() instanceof RuleFile) {
			String name = SimpleAttributeResolver.NAME_RESOLVER.apply(object);
			return name == null || name.isEmpty() ? null : QualifiedName.create(name);
		}
		return null;
	}

	/** @return the qualified name of an id, or null when a segment is not a valid rules name */
	public static QualifiedName ofId(String id) {
		if (id == null || id.isEmpty()) {
			return null;
		}
		String[] segments = id.split("\\.", -1);
		for (String segment : segments) {
			if (!SEGMENT.matcher(segment).matches()) {
				return null;
			}
		}
		return QualifiedName.create(segments);
	}
}
