package io.processware.model.bench;

import java.math.BigDecimal;
import java.util.List;

import io.processware.model.domain.Attribute;
import io.processware.model.domain.AttributeType;
import io.processware.model.domain.DataClassification;
import io.processware.model.domain.Domain;
import io.processware.model.domain.DomainFactory;
import io.processware.model.domain.Entity;
import io.processware.model.domain.Enumeration;
import io.processware.model.persistence.ElementIds;
import io.processware.model.process.BusinessRuleTask;
import io.processware.model.process.Determinism;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.FlowNode;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.Process;
import io.processware.model.process.ProcessFactory;
import io.processware.model.process.SequenceFlow;
import io.processware.model.solution.CloudProvider;
import io.processware.model.solution.Environment;
import io.processware.model.solution.EnvironmentBudget;
import io.processware.model.solution.EnvironmentData;
import io.processware.model.solution.EnvironmentKind;
import io.processware.model.solution.FinOpsSettings;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.Solution;
import io.processware.model.solution.SolutionFactory;

/**
 * A large, valid solution for measuring the metamodel (processware bench model): entities with
 * attributes of every classification, and processes whose nodes alternate tasks with exclusive
 * split/join pairs. Ids are left empty on purpose: the first save gives them, as it would for a
 * model built in the workbench.
 */
public final class SyntheticSolution {

	private static final DomainFactory DOMAIN = DomainFactory.eINSTANCE;
	private static final ProcessFactory PROCESS = ProcessFactory.eINSTANCE;
	private static final SolutionFactory SOLUTION = SolutionFactory.eINSTANCE;
	private static final int NODES_PER_BRANCHING = 4;

	private SyntheticSolution() {
	}

	/**
	 * @param entities   how many entities (in one domain)
	 * @param attributes attributes per entity
	 * @param processes  how many processes
	 * @param nodes      flow nodes per process, at least 2 (start and end)
	 */
	public static Solution build(int entities, int attributes, int processes, int nodes) {
		if (nodes < 2) {
			throw new IllegalArgumentException("a process needs at least a start and an end event: " + nodes);
		}
		Solution solution = SOLUTION.createSolution();
		solution.setName("Synthetic benchmark");
		solution.setVersion("1.0.0");
		solution.setOwner("benchmark");
		RuleSet rules = SOLUTION.createRuleSet();
		rules.setName("Benchmark rules");
		rules.setPath("rules/benchmark.rules");
		solution.getRuleSets().add(rules);
		addEnvironments(solution);
		Domain domain = DOMAIN.createDomain();
		domain.setName("Benchmark");
		solution.getDomains().add(domain);
		// every ENUMERATION attribute names this one, so that the synthetic model is valid and generates
		Enumeration level = DOMAIN.createEnumeration();
		level.setName("Level");
		level.getLiterals().addAll(List.of("low", "medium", "high"));
		domain.getEnumerations().add(level);
		for (int e = 1; e <= entities; e++) {
			domain.getEntities().add(entity(e, attributes, level));
		}
		List<Entity> all = domain.getEntities();
		for (int p = 1; p <= processes; p++) {
			solution.getProcesses().add(process(p, nodes, rules, all.isEmpty() ? null : all.get(p % all.size())));
		}
		giveIds(solution);
		return solution;
	}

	/**
	 * Gives every element the id its first save would: a solution an analyst works on has been saved,
	 * and what runs on it (the generator's trace, its render cache) names elements by those ids.
	 */
	private static void giveIds(Solution solution) {
		org.eclipse.emf.ecore.resource.Resource unsaved = new org.eclipse.emf.ecore.resource.impl.ResourceImpl();
		unsaved.getContents().add(solution);
		ElementIds.assignMissing(unsaved);
		unsaved.getContents().remove(solution);
	}

	private static void addEnvironments(Solution solution) {
		FinOpsSettings finOps = SOLUTION.createFinOpsSettings();
		finOps.setCostCentre("CC-0000");
		finOps.setCurrency("EUR");
		solution.setFinOps(finOps);
		for (EnvironmentKind kind : List.of(EnvironmentKind.DEV, EnvironmentKind.QA, EnvironmentKind.PROD)) {
			Environment environment = SOLUTION.createEnvironment();
			environment.setName(kind.getLiteral().toLowerCase(java.util.Locale.ROOT));
			environment.setKind(kind);
			// the cloud and region the bundled infrastructure templates and the residency check know (EU data)
			environment.setCloud(CloudProvider.AZURE);
			environment.setRegion("westeurope");
			environment.setData(kind == EnvironmentKind.PROD ? EnvironmentData.PRODUCTION_DATA : EnvironmentData.SYNTHETIC_DATA);
			environment.setEncryptionAtRest(true);
			environment.setEncryptionInTransit(true);
			solution.getEnvironments().add(environment);
			EnvironmentBudget budget = SOLUTION.createEnvironmentBudget();
			budget.setEnvironment(environment);
			budget.setMonthlyBudget(new BigDecimal("1000.00"));
			finOps.getBudgets().add(budget);
		}
	}

	private static Entity entity(int number, int attributes, Enumeration level) {
		Entity entity = DOMAIN.createEntity();
		entity.setName("Entity " + number);
		for (int a = 1; a <= attributes; a++) {
			Attribute attribute = DOMAIN.createAttribute();
			attribute.setName("attribute " + a);
			attribute.setType(AttributeType.values()[a % AttributeType.values().length]);
			if (attribute.getType() == AttributeType.ENUMERATION) {
				attribute.setEnumeration(level);
			}
			attribute.setRequired(a == 1);
			DataClassification classification = DataClassification.values()[a % DataClassification.values().length];
			attribute.setClassification(classification);
			if (classification.getValue() >= DataClassification.CONFIDENTIAL_VALUE) {
				attribute.setRetention("P10Y");
				attribute.setResidency("EU");
				attribute.setPersonalData(a % 2 == 0);
			}
			entity.getAttributes().add(attribute);
		}
		return entity;
	}

	private static Process process(int number, int nodes, RuleSet rules, Entity entity) {
		Process process = PROCESS.createProcess();
		process.setName("Process " + number);
		FlowNode previous = add(process, PROCESS.createStartEvent(), "start");
		int middle = nodes - 2;
		int plainTasks = middle % NODES_PER_BRANCHING;
		for (int t = 1; t <= plainTasks; t++) {
			FlowNode task = add(process, task(rules, entity), "task " + t);
			flow(process, previous, task, null);
			previous = task;
		}
		for (int b = 1; b <= middle / NODES_PER_BRANCHING; b++) {
			ExclusiveGateway split = (ExclusiveGateway) add(process, PROCESS.createExclusiveGateway(), "decide " + b);
			FlowNode accept = add(process, task(rules, entity), "accept " + b);
			FlowNode reject = add(process, task(rules, entity), "reject " + b);
			FlowNode join = add(process, PROCESS.createExclusiveGateway(), "merge " + b);
			flow(process, previous, split, null);
			flow(process, split, accept, "amount <= " + b * 1000);
			split.setDefaultFlow(flow(process, split, reject, null));
			flow(process, accept, join, null);
			flow(process, reject, join, null);
			previous = join;
		}
		flow(process, previous, add(process, PROCESS.createEndEvent(), "end"), null);
		return process;
	}

	private static BusinessRuleTask task(RuleSet rules, Entity entity) {
		BusinessRuleTask task = PROCESS.createBusinessRuleTask();
		task.setDeterminism(Determinism.DETERMINISTIC);
		task.setImplementationStatus(ImplementationStatus.TO_GENERATE);
		task.getRuleSets().add(rules);
		if (entity != null) {
			task.getEntities().add(entity);
		}
		return task;
	}

	private static FlowNode add(Process process, FlowNode node, String name) {
		node.setName(name);
		process.getNodes().add(node);
		return node;
	}

	private static SequenceFlow flow(Process process, FlowNode source, FlowNode target, String condition) {
		SequenceFlow flow = PROCESS.createSequenceFlow();
		flow.setSource(source);
		flow.setTarget(target);
		flow.setCondition(condition);
		process.getSequenceFlows().add(flow);
		return flow;
	}
}
