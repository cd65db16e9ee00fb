package io.processware.rules.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;

import com.google.inject.Inject;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.Enumeration;
import io.processware.model.domain.Relationship;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.NamedElement;
import io.processware.rules.rules.Symbol;
import io.processware.rules.types.Types;

/**
 * What hovering a name shows: for a solution-model element its kind, name, id, type and description
 * (from the .pws model, which has no comments to show); for a declaration of a rules file its type and
 * the comment above it.
 */
public class RulesDocumentation implements IEObjectDocumentationProvider {

	@Inject
	private MultiLineCommentDocumentationProvider comments;

	@Override
	public String getDocumentation(EObject object) {
		if (object instanceof ModelElement element) {
			StringBuilder text = new StringBuilder(object.eClass().getName());
			if (element instanceof NamedElement named && named.getName() != null) {
				text.append(' ').append(named.getName());
			}
			text.append(" (").append(element.getId()).append(')');
			if (element instanceof Attribute attribute) {
				text.append(": ").append(Types.ofAttribute(attribute).label());
			} else if (element instanceof Relationship relationship && relationship.getTarget() != null) {
				text.append(" → ").append(relationship.getTarget().getName());
			} else if (element instanceof Enumeration enumeration) {
				text.append(": ").append(String.join(", ", enumeration.getLiterals()));
			}
			if (element.getDescription() != null) {
				text.append("\n\n").append(element.getDescription());
			}
			return text.toString();
		}
		String comment = comments.getDocumentation(object);
		if (object instanceof Symbol symbol) {
			String type = Types.ofSymbol(symbol).label();
			return comment == null ? type : type + "\n\n" + comment;
		}
		return comment;
	}
}
