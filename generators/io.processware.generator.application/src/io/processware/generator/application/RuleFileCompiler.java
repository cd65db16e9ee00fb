package io.processware.generator.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.processware.generator.GenerationException;
import io.processware.model.domain.Attribute;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.NamedElement;
import io.processware.rules.interpreter.Evaluator;
import io.processware.rules.interpreter.RuleEngine;
import io.processware.rules.rules.Action;
import io.processware.rules.rules.Approval;
import io.processware.rules.rules.ApprovalStep;
import io.processware.rules.rules.AskAction;
import io.processware.rules.rules.Computed;
import io.processware.rules.rules.Constraint;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Declaration;
import io.processware.rules.rules.Fact;
import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.MemberAccess;
import io.processware.rules.rules.NotifyAction;
import io.processware.rules.rules.RejectAction;
import io.processware.rules.rules.RequireApprovalAction;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.RuleFile;
import io.processware.rules.rules.SetAction;
import io.processware.rules.rules.Severity;
import io.processware.rules.rules.Sla;
import io.processware.rules.rules.SlotInput;
import io.processware.rules.rules.SymbolRef;
import io.processware.rules.rules.TableInput;
import io.processware.rules.types.RulesType;
import io.processware.rules.types.Types;

/**
 * Compiles one rules file to the model of its Java class ({@link RuleFileModel}): the declarations
 * in the interpreter's order ({@link RuleEngine}), every expression through {@link ExpressionCompiler}.
 */
final class RuleFileCompiler {

	/** Members of the generated rules class that a symbol must not take. */
	private static final Set<String> TAKEN = Set.of("run", "check", "written", "today", "slots", "remember",
			"answers", "applies", "remembered", "inProgress", "outcome");

	private static final Evaluator CONSTANTS = new Evaluator(Map.of());

	private RuleFileCompiler() {
	}

	/**
	 * @param file      the parsed rules file
	 * @param name      its rule set's name, or the file's name without extension
	 * @param javaPackage the generated service's package
	 * @param entities  the generated entities
	 * @param tables    the compiled decision tables of every file
	 */
	static RuleFileModel compile(RuleFile file, String name, String javaPackage, DomainLookup entities,
			Map<DecisionTable, DecisionTableModel> tables) {
		String where = "rules file " + name;
		Map<EObject, String> symbols = new HashMap<>();
		List<RuleFileModel.FactModel> facts = new ArrayList<>();
		ExpressionCompiler java = new ExpressionCompiler(where, javaPackage + ".domain", entities, symbols, tables);
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration instanceof Fact fact) {
				String field = member(fact.getName());
				symbols.put(fact, field);
				RulesType type = Types.of(fact.getType());
				facts.add(new RuleFileModel.FactModel(fact.getName(), field, java.javaType(type), RuleFactsReaders.reader(type, entities)));
			} else if (declaration instanceof Computed || declaration instanceof DecisionTable
					|| declaration instanceof LlmSlot) {
				symbols.put(declaration, member(nameOf(declaration)) + "()");
			}
		}
		List<RuleFileModel.Computed> computed = new ArrayList<>();
		List<RuleFileModel.TableUse> tableUses = new ArrayList<>();
		List<RuleFileModel.Slot> slots = new ArrayList<>();
		List<RuleFileModel.ConstraintModel> constraints = new ArrayList<>();
		List<RuleFileModel.ApprovalModel> approvals = new ArrayList<>();
		List<RuleFileModel.SlaModel> slas = new ArrayList<>();
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration instanceof Computed value) {
				computed.add(new RuleFileModel.Computed(value.getName(), member(value.getName()), java.value(value.getValue())));
			} else if (declaration instanceof DecisionTable table) {
				DecisionTableModel model = tables.get(table);
				List<String> inputs = new ArrayList<>();
				for (int i = 0; i < table.getInputs().size(); i++) {
					TableInput input = table.getInputs().get(i);
					inputs.add("(" + model.inputTypes().get(i) + ") " + java.value(input.getExpression()));
				}
				tableUses.add(new RuleFileModel.TableUse(model, member(table.getName()), inputs));
			} else if (declaration instanceof LlmSlot slot) {
				List<RuleFileModel.Input> inputs = new ArrayList<>();
				for (SlotInput input : slot.getInputs()) {
					inputs.add(new RuleFileModel.Input(input.getName(), java.value(input.getValue())));
				}
				slots.add(new RuleFileModel.Slot(slot.getName(), member(slot.getName()), inputs));
			} else if (declaration instanceof Constraint constraint) {
				constraints.add(new RuleFileModel.ConstraintModel(constraint.getName(), id(constraint.getTask()),
						java.condition(constraint.getCondition()), constraint.getErrorCode(), constraint.getMessage(),
						constraint.getSeverity() == Severity.ERROR, invariantOf(constraint, symbols, entities)));
			} else if (declaration instanceof Approval approval) {
				List<RuleFileModel.Step> steps = new ArrayList<>();
				for (ApprovalStep step : approval.getSteps()) {
					steps.add(new RuleFileModel.Step(id(step.getRole()), java.condition(step.getCondition())));
				}
				approvals.add(new RuleFileModel.ApprovalModel(approval.getName(), id(approval.getTask()), steps));
			} else if (declaration instanceof Sla sla) {
				slas.add(new RuleFileModel.SlaModel(sla.getName(), id(sla.getTarget()), span(where, sla, sla.getLimit()),
						sla.getWarning() == null ? "null" : span(where, sla, sla.getWarning()),
						sla.getEscalation() == null ? null : id(sla.getEscalation())));
			}
		}
		List<RuleFileModel.RuleModel> rules = new ArrayList<>();
		Map<String, RuleFileModel.Written> written = new LinkedHashMap<>();
		for (Rule rule : RuleEngine.firingOrder(file, null)) {
			List<String> actions = new ArrayList<>();
			for (Action action : rule.getActions()) {
				actions.add(action(java, where, action, entities, javaPackage, symbols, facts));
				if (action instanceof SetAction set) {
					String text = RuleLocations.text(set.getTarget()).strip();
					written.putIfAbsent(text, new RuleFileModel.Written(text, java.value(set.getTarget())));
				}
			}
			rules.add(new RuleFileModel.RuleModel(rule.getName(), id(rule.getTask()), rule.getPriority(),
					java.condition(rule.getCondition()), actions));
		}
		RuleFileModel model = new RuleFileModel(file, name, Names.javaType(name) + "Rules", facts, computed, tableUses,
				slots, constraints, approvals, rules, List.copyOf(written.values()), slas, List.of(), List.of(), List.of(),
				List.of(), List.of(), false);
		return RuleCases.addTo(model, entities);
	}

	/**
	 * A constraint of no task is an invariant of an entity when all it reads is one fact of that
	 * entity (through computed values and tables too; an LLM slot disqualifies it).
	 *
	 * @return the fact's Java field, or null
	 */
	private static String invariantOf(Constraint constraint, Map<EObject, String> symbols, DomainLookup entities) {
		if (constraint.getTask() != null) {
			return null;
		}
		Set<EObject> read = new java.util.LinkedHashSet<>();
		if (!reads(constraint.getCondition(), read, new java.util.HashSet<>())) {
			return null;
		}
		if (read.size() != 1 || !(read.iterator().next() instanceof Fact fact)
				|| !(Types.of(fact.getType()) instanceof RulesType.EntityType type)
				|| entities.entity(type.entity()).isEmpty()) {
			return null;
		}
		return symbols.get(fact);
	}

	/** Collects the facts an element reads; false when it asks an LLM slot. */
	private static boolean reads(EObject element, Set<EObject> facts, Set<EObject> seen) {
		if (element == null || !seen.add(element)) {
			return true;
		}
		if (element instanceof SymbolRef ref) {
			EObject symbol = ref.getSymbol();
			if (symbol instanceof Fact) {
				facts.add(symbol);
				return true;
			}
			if (symbol instanceof LlmSlot) {
				return false;
			}
			if (symbol instanceof Computed computed) {
				return reads(computed.getValue(), facts, seen);
			}
			if (symbol instanceof DecisionTable table) {
				return table.getInputs().stream().allMatch(input -> reads(input.getExpression(), facts, seen));
			}
		}
		for (EObject child : element.eContents()) {
			if (!reads(child, facts, seen)) {
				return false;
			}
		}
		return true;
	}

	private static String nameOf(Declaration declaration) {
		return org.eclipse.xtext.util.SimpleAttributeResolver.NAME_RESOLVER.apply(declaration);
	}

	private static String member(String name) {
		String member = Names.javaMember(name);
		return TAKEN.contains(member) ? member + "Value" : member;
	}

	/** The id the interpreter reports for a role or task (its model id), or null. */
	static String id(EObject element) {
		if (element == null) {
			return null;
		}
		return element instanceof ModelElement model ? model.getId()
				: element instanceof NamedElement named ? named.getName() : String.valueOf(element);
	}

	private static String span(String where, Sla sla, io.processware.rules.rules.Expression expression) {
		try {
			return DecisionTableCompiler.literal(null, CONSTANTS.evaluate(expression));
		} catch (RuntimeException e) {
			throw new GenerationException(where + ": " + RuleLocations.of(sla) + ": an SLA's durations must be constants ("
					+ e.getMessage() + ")", e);
		}
	}

	/** One action as Java statements on the run's {@code outcome}, in the interpreter's semantics. */
	private static String action(ExpressionCompiler java, String where, Action action, DomainLookup entities,
			String javaPackage, Map<EObject, String> symbols, List<RuleFileModel.FactModel> facts) {
		if (action instanceof RejectAction reject) {
			return "outcome.reject(" + string(reject.getErrorCode()) + ", " + string(reject.getMessage()) + ");";
		}
		if (action instanceof NotifyAction notify) {
			return "outcome.notifications.add(new RuleOutcome.Notification(" + string(id(notify.getRole())) + ", "
					+ string(notify.getMessage()) + "));";
		}
		if (action instanceof RequireApprovalAction approval) {
			return "outcome.approvals.add(" + string(id(approval.getRole())) + ");";
		}
		if (action instanceof AskAction ask) {
			return "outcome.asked.add(" + string(ask.getSlot().getName()) + ");\n" + symbols.get(ask.getSlot()) + ";";
		}
		SetAction set = (SetAction) action;
		String value = java.value(set.getValue());
		if (set.getTarget() instanceof SymbolRef ref && ref.getSymbol() instanceof Fact fact) {
			String field = symbols.get(fact);
			String type = facts.stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().javaType();
			return "this." + field + " = (" + type + ") " + value + ";";
		}
		if (set.getTarget() instanceof MemberAccess access && access.getMember() instanceof Attribute attribute
				&& Types.of(access.getReceiver()) instanceof RulesType.EntityType owner
				&& entities.entity(owner.entity()).isPresent()
				&& entities.attribute(entities.entity(owner.entity()).get(), attribute).isPresent()) {
			EntityModel entity = entities.entity(owner.entity()).get();
			AttributeModel model = entities.attribute(entity, attribute).get();
			String type = javaPackage + ".domain." + entity.className();
			return "{\n    Object value = " + value + ";\n    if (!(" + java.value(access.getReceiver()) + " instanceof " + type
					+ " target)) {\n        throw new IllegalStateException(\"cannot set " + RuleLocations.text(set.getTarget()).strip()
					+ ": there is no " + entity.source().getName() + "\");\n    }\n    target.set" + model.accessor() + "("
					+ conversion(model, javaPackage) + "(value));\n}";
		}
		throw java.fail(action, "setting anything but a fact or an attribute of an entity fact");
	}

	/** How a rules value becomes the attribute's Java value. */
	private static String conversion(AttributeModel attribute, String javaPackage) {
		if (attribute.isMoney()) {
			return "DomainValues.toMoney";
		}
		if (attribute.isEnumeration()) {
			return "DomainValues.to" + attribute.javaType();
		}
		return switch (attribute.javaType()) {
			case "Long" -> "DomainValues.toLong";
			case "java.math.BigDecimal" -> "DomainValues.toDecimal";
			case "java.time.Instant" -> "DomainValues.toInstant";
			default -> "(" + attribute.javaType() + ")";
		};
	}

	static String string(String text) {
		return DecisionTableCompiler.literal(null, text);
	}
}
