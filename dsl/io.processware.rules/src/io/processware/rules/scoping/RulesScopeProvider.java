package io.processware.rules.scoping;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.FilteringScope;

import io.processware.model.domain.DomainPackage;
import io.processware.model.process.ProcessPackage;
import io.processware.model.solution.NamedElement;
import io.processware.rules.rules.Expression;
import io.processware.rules.rules.MemberAccess;
import io.processware.rules.rules.RulesPackage;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.Types;

/**
 * Where a name is looked up. Members after a dot come from the type of what precedes the dot (an
 * entity's attributes and relationships, a table's outputs, an LLM slot's output fields), by their
 * name. References typed by a general metamodel class accept only the kinds that make sense there.
 */
public class RulesScopeProvider extends AbstractRulesScopeProvider {

	private static final RulesPackage RULES = RulesPackage.eINSTANCE;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == RULES.getMemberAccess_Member()) {
			return members(context);
		}
		if (reference == RULES.getModelType_Element()) {
			return only(super.getScope(context, reference), DomainPackage.Literals.ENTITY, DomainPackage.Literals.ENUMERATION);
		}
		if (reference == RULES.getSla_Target()) {
			return only(super.getScope(context, reference), ProcessPackage.Literals.PROCESS, ProcessPackage.Literals.TASK);
		}
		if (reference == RULES.getRetentionPolicy_Target() || reference == RULES.getResidencyPolicy_Target()) {
			return only(super.getScope(context, reference), DomainPackage.Literals.ENTITY, DomainPackage.Literals.ATTRIBUTE);
		}
		if (reference == RULES.getAccessPolicy_Target()) {
			return only(super.getScope(context, reference), DomainPackage.Literals.ENTITY, ProcessPackage.Literals.PROCESS);
		}
		return super.getScope(context, reference);
	}

	private IScope members(EObject context) {
		RulesType receiver;
		if (context instanceof MemberAccess access) {
			receiver = Types.of(access.getReceiver());
		} else if (context instanceof Expression expression) {
			// content assist right after the dot: the model holds only the receiver so far
			receiver = Types.of(expression);
		} else {
			return IScope.NULLSCOPE;
		}
		return Scopes.scopeFor(Types.membersOf(receiver), RulesScopeProvider::memberName, IScope.NULLSCOPE);
	}

	/** Members are named by their name in the model (the name generated code uses), e.g. netAmount. */
	static QualifiedName memberName(EObject member) {
		String name = member instanceof NamedElement named ? named.getName()
				: org.eclipse.xtext.util.SimpleAttributeResolver.NAME_RESOLVER.apply(member);
		return name == null || name.isEmpty() ? null : QualifiedName.create(name);
	}

	private static IScope only(IScope scope, EClass... kinds) {
		Set<EClass> accepted = Set.of(kinds);
		return new FilteringScope(scope, description -> accepted.stream()
				.anyMatch(kind -> kind == description.getEClass() || kind.isSuperTypeOf(description.getEClass())));
	}
}
