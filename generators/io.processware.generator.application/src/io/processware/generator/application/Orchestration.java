package io.processware.generator.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.processware.generator.GenerationException;
import io.processware.model.process.BoundaryEvent;
import io.processware.model.process.EndEvent;
import io.processware.model.process.ExclusiveGateway;
import io.processware.model.process.FlowNode;
import io.processware.model.process.ImplementationStatus;
import io.processware.model.process.InclusiveGateway;
import io.processware.model.process.IntermediateEvent;
import io.processware.model.process.MessageEventDefinition;
import io.processware.model.process.TimerEventDefinition;
import io.processware.model.process.ParallelGateway;
import io.processware.model.process.Process;
import io.processware.model.process.SendTask;
import io.processware.model.process.SequenceFlow;
import io.processware.model.process.ServiceTask;
import io.processware.model.process.StartEvent;
import io.processware.model.process.Task;
import io.processware.model.process.UserTask;
import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.ModelElement;
import io.processware.model.solution.Solution;

/**
 * Turns a solution's processes into the view the process templates render: a state machine per
 * process, a step per task, the adapters, the runtime-LLM slots and the paths to test. A process
 * the service cannot run (no single start event, a dead end, an exclusive gateway with an
 * unconditioned flow that is not its default, a condition that does not parse, an element the
 * engine does not run yet) is refused with a message naming its BPMN file and the element.
 */
public final class Orchestration {

	private final Solution solution;
	private final List<DecisionTableModel> tables;
	private final List<io.processware.rules.rules.LlmSlot> declaredSlots;
	private final Map<String, AdapterModel> adapters = new LinkedHashMap<>();
	/** Per task whose rules lie in one rules file, the search for facts they pass or refuse on. */
	private final Map<String, StepFacts> stepFacts;
	private final KnownPaths knownPaths;

	private Orchestration(Solution solution, List<DecisionTableModel> tables,
			List<io.processware.rules.rules.LlmSlot> declaredSlots, List<RuleFileModel> ruleFiles, KnownPaths knownPaths) {
		this.solution = solution;
		this.tables = tables;
		this.declaredSlots = declaredSlots;
		this.stepFacts = stepFacts(ruleFiles);
		this.knownPaths = knownPaths;
	}

	/**
	 * @param tables the compiled decision tables (a table {@code for} a task is decided by its step)
	 * @param slots  the rules files' {@code variable} declarations
	 * @throws GenerationException naming file and element when a process cannot be orchestrated
	 */
	public static OrchestrationModel of(Solution solution, List<DecisionTableModel> tables,
			List<io.processware.rules.rules.LlmSlot> slots) {
		return of(solution, tables, slots, List.of());
	}

	/**
	 * @param ruleFiles the compiled rules files: a flow condition on {@code <task>.passed} is driven in the
	 *                  generated flow tests through facts the task's rules decide on
	 */
	public static OrchestrationModel of(Solution solution, List<DecisionTableModel> tables,
			List<io.processware.rules.rules.LlmSlot> slots, List<RuleFileModel> ruleFiles) {
		return of(solution, tables, slots, ruleFiles, KnownPaths.NONE);
	}

	/** @param knownPaths the paths of the generator's last run, taken again for processes that did not change */
	static OrchestrationModel of(Solution solution, List<DecisionTableModel> tables,
			List<io.processware.rules.rules.LlmSlot> slots, List<RuleFileModel> ruleFiles, KnownPaths knownPaths) {
		Orchestration orchestration = new Orchestration(solution, tables, slots, ruleFiles, knownPaths);
		List<ProcessModel> processes = new ArrayList<>();
		Map<String, String> classes = new HashMap<>();
		for (Process process : solution.getProcesses()) {
			ProcessModel model = orchestration.process(process);
			String other = classes.putIfAbsent(model.className(), model.key());
			if (other != null) {
				throw new GenerationException("processes '" + other + "' and '" + model.key()
						+ "' would both become class " + model.className() + "; rename one of them");
			}
			processes.add(model);
		}
		return new OrchestrationModel(solution, List.copyOf(processes), List.copyOf(orchestration.adapters.values()));
	}

	private ProcessModel process(Process process) {
		String name = process.getName() == null ? process.getId() : process.getName();
		String key = present(process.getId()) ? process.getId() : Names.kebab(name);
		String origin = process.getBpmnFile() == null || process.getBpmnFile().isBlank() ? "process " + key
				: process.getBpmnFile();
		SubProcesses.Flat flat = SubProcesses.flatten(origin, process);
		Map<FlowNode, String> ids = nodeIds(origin, key, flat.nodes());
		Map<FlowNode, List<SubProcesses.Edge>> outgoing = new LinkedHashMap<>();
		Map<FlowNode, Integer> incoming = new HashMap<>();
		flat.nodes().forEach(n -> outgoing.put(n, new ArrayList<>()));
		for (SubProcesses.Edge edge : flat.edges()) {
			SequenceFlow flow = edge.flow();
			if (edge.source() == null || !outgoing.containsKey(edge.source())
					|| flow.eContainer() != flow.getSource().eContainer()) {
				throw fail(origin, flow, "its source is not a node of process " + key);
			}
			if (edge.target() == null || !outgoing.containsKey(edge.target())
					|| flow.eContainer() != flow.getTarget().eContainer()) {
				throw fail(origin, flow, "its target is not a node of process " + key);
			}
			outgoing.get(edge.source()).add(edge);
			incoming.merge(edge.target(), 1, Integer::sum);
		}
		List<FlowNode> starts = process.getNodes().stream().filter(StartEvent.class::isInstance).toList();
		if (starts.size() != 1) {
			throw new GenerationException(origin + ": process '" + key + "' has " + starts.size()
					+ " start events; the service starts a process at exactly one");
		}
		List<NodeModel> nodes = new ArrayList<>();
		Map<String, FlowNode> steps = new HashMap<>();
		for (FlowNode node : flat.nodes()) {
			List<SubProcesses.Edge> out = outgoing.get(node);
			if (out.isEmpty() && !(node instanceof EndEvent)) {
				throw fail(origin, node, "has no outgoing sequence flow: a process instance would stop there; "
						+ "connect it or make it an end event");
			}
			String kind = flat.passed().contains(node) ? "PASS" : kind(origin, node);
			FlowModel[] flows = out.stream().map(f -> flow(origin, node, f, ids)).toArray(FlowModel[]::new);
			checkGateway(origin, node, ids.get(node), kind, List.of(flows));
			TaskModel task = node instanceof Task t ? task(t, ids.get(t)) : null;
			if (task != null) {
				FlowNode other = steps.putIfAbsent(task.stepClass(), node);
				if (other != null) {
					throw fail(origin, node, "would become step class " + task.stepClass() + " like task '"
							+ ids.get(other) + "'; rename one of them");
				}
			}
			String attachedTo = null;
			boolean interrupting = false;
			if (node instanceof BoundaryEvent boundary) {
				if (boundary.getAttachedTo() == null || !outgoing.containsKey(boundary.getAttachedTo())) {
					throw fail(origin, node, "is not attached to an activity of process " + key);
				}
				attachedTo = ids.get(boundary.getAttachedTo());
				interrupting = boundary.isInterrupting();
			}
			nodes.add(new NodeModel(node, ids.get(node), node.getName() == null ? ids.get(node) : node.getName(), kind,
					List.of(flows), incoming.getOrDefault(node, 0), attachedTo, interrupting, task, timer(origin, node),
					task != null && task.type().equals("RECEIVE") ? (task.message() == null ? task.name() : task.message())
							: node instanceof io.processware.model.process.Event event
									&& event.getDefinition() instanceof MessageEventDefinition m ? m.getMessage() : null));
		}
		ProcessModel model = new ProcessModel(process, key, name, Names.javaType(name) + "Process",
				Names.javaPackageSegment(name), origin, ids.get(starts.get(0)), List.copyOf(nodes), List.of());
		boolean searchesRules = model.nodes().stream().anyMatch(n -> n.task() != null && stepFacts.containsKey(n.id()));
		List<PathModel> paths = searchesRules ? PathInputs.drive(model, ProcessPaths.of(model), stepFacts)
				: knownPaths.of(model, () -> PathInputs.drive(model, ProcessPaths.of(model), stepFacts));
		return new ProcessModel(process, model.key(), name, model.className(), model.packageName(), origin,
				model.startNode(), model.nodes(), paths);
	}

	/**
	 * The nodes' ids: the model's, else the process key and the node's kebab-case name (models built
	 * in code, such as the benchmark's, have no ids). Two nodes with one id are refused.
	 */
	private static Map<FlowNode, String> nodeIds(String origin, String key, List<FlowNode> nodes) {
		Map<FlowNode, String> ids = new HashMap<>();
		Map<String, FlowNode> taken = new HashMap<>();
		for (FlowNode node : nodes) {
			String id = present(node.getId()) ? node.getId()
					: key + "." + Names.kebab(node.getName() == null || node.getName().isBlank()
							? node.eClass().getName() + " " + nodes.indexOf(node) : node.getName());
			FlowNode other = taken.putIfAbsent(id, node);
			if (other != null) {
				throw fail(origin, node, "has the same id as another node of process " + key
						+ (present(node.getId()) ? "" : " (named alike: '" + node.getName() + "')") + "; rename one of them");
			}
			ids.put(node, id);
		}
		return ids;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static String kind(String origin, FlowNode node) {
		if (node instanceof StartEvent) {
			return "START";
		} else if (node instanceof EndEvent) {
			return "END";
		} else if (node instanceof Task) {
			return "TASK";
		} else if (node instanceof ExclusiveGateway) {
			return "EXCLUSIVE";
		} else if (node instanceof InclusiveGateway) {
			return "INCLUSIVE";
		} else if (node instanceof ParallelGateway) {
			return "PARALLEL";
		} else if (node instanceof BoundaryEvent) {
			return "BOUNDARY";
		} else if (node instanceof IntermediateEvent event) {
			boolean waits = event.isCatching() && (event.getDefinition() instanceof TimerEventDefinition
					|| event.getDefinition() instanceof MessageEventDefinition);
			return waits ? "CATCH" : "PASS";
		}
		throw fail(origin, node, "is a " + node.eClass().getName()
				+ ", which the generated service does not run yet (tasks, exclusive, inclusive and parallel gateways, "
				+ "embedded sub-processes, start, end, intermediate and boundary events are supported)");
	}

	/**
	 * When a timer event fires: its duration (fires that long after the token arrives) or its date.
	 * A repeating cycle is refused: the engine fires a timer once.
	 */
	private static String timer(String origin, FlowNode node) {
		if (!(node instanceof io.processware.model.process.Event event)
				|| !(event.getDefinition() instanceof TimerEventDefinition timer) || node instanceof StartEvent) {
			return null;
		}
		String expression = timer.getExpression() == null ? "" : timer.getExpression().strip();
		try {
			if (timer.getTimer() == io.processware.model.process.TimerKind.CYCLE || expression.startsWith("R")) {
				throw fail(origin, node, "repeats (cycle '" + expression + "'); the generated service fires a timer "
						+ "once: give it a duration (P3D) or a date");
			}
			if (expression.startsWith("P") || expression.startsWith("-P")) {
				java.time.Duration.parse(expression);
			} else if (expression.length() == 10) {
				java.time.LocalDate.parse(expression);
			} else {
				java.time.Instant.parse(expression);
			}
		} catch (java.time.format.DateTimeParseException e) {
			throw fail(origin, node, "has timer '" + expression + "', which is neither an ISO-8601 duration "
					+ "in days, hours, minutes or seconds (P3D, PT4H) nor a date (2026-12-31) nor an instant (2026-12-31T12:00:00Z)");
		}
		return expression;
	}

	private static FlowModel flow(String origin, FlowNode node, SubProcesses.Edge edge, Map<FlowNode, String> ids) {
		SequenceFlow flow = edge.flow();
		FlowCondition condition = null;
		if (flow.getCondition() != null && !flow.getCondition().isBlank()) {
			try {
				condition = FlowCondition.parse(flow.getCondition());
			} catch (IllegalArgumentException e) {
				throw fail(origin, flow, e.getMessage());
			}
		}
		SequenceFlow defaultFlow = node instanceof ExclusiveGateway x ? x.getDefaultFlow()
				: node instanceof InclusiveGateway i ? i.getDefaultFlow() : null;
		String id = edge.id() != null ? edge.id()
				: present(flow.getId()) ? flow.getId() : ids.get(edge.source()) + "->" + ids.get(edge.target());
		return new FlowModel(flow, id, ids.get(edge.target()), condition, flow == defaultFlow);
	}

	private static void checkGateway(String origin, FlowNode node, String nodeId, String kind, List<FlowModel> flows) {
		SequenceFlow defaultFlow = node instanceof ExclusiveGateway x ? x.getDefaultFlow()
				: node instanceof InclusiveGateway i ? i.getDefaultFlow() : null;
		if (defaultFlow != null && flows.stream().noneMatch(FlowModel::isDefault)) {
			throw fail(origin, node, "names default flow '" + (present(defaultFlow.getId()) ? defaultFlow.getId()
					: describeFlow(defaultFlow)) + "', which does not leave it");
		}
		if ((kind.equals("EXCLUSIVE") || kind.equals("INCLUSIVE")) && flows.size() > 1) {
			for (FlowModel flow : flows) {
				if (flow.condition() == null && !flow.isDefault()) {
					throw fail(origin, flow.source(), "leaves " + kind.toLowerCase(java.util.Locale.ROOT)
							+ " gateway '" + nodeId + "' without a condition and is not its default flow");
				}
			}
		}
	}

	private TaskModel task(Task task, String id) {
		String type = switch (task.eClass().getName()) {
		case "UserTask" -> "USER";
		case "ServiceTask" -> "SERVICE";
		case "ScriptTask" -> "SCRIPT";
		case "BusinessRuleTask" -> "BUSINESS_RULE";
		case "SendTask" -> "SEND";
		case "ReceiveTask" -> "RECEIVE";
		default -> "SERVICE";
		};
		ImplementationStatus status = task.getImplementationStatus();
		boolean approved = status == ImplementationStatus.EXISTING_STATIC_CODE || status == ImplementationStatus.VALIDATED
				|| status == ImplementationStatus.DEPLOYED;
		String role = task instanceof UserTask user && user.getPerformer() != null ? user.getPerformer().getId()
				: laneRole(task);
		String message = task instanceof SendTask send ? send.getMessage()
				: task instanceof io.processware.model.process.ReceiveTask receive ? receive.getMessage() : null;
		List<TaskModel.TableCall> calls = tables.stream().filter(t -> id.equals(id(t.source().getTask())))
				.map(t -> new TaskModel.TableCall(t, t.source().getInputs().stream().map(RulesText::variablePath).toList()))
				.toList();
		return new TaskModel(task, id, task.getName() == null ? id : task.getName(),
				Names.javaType(task.getName() == null ? id.substring(id.lastIndexOf('.') + 1) : task.getName()) + "Step", type,
				task.getDeterminism() == null ? "UNCLASSIFIED" : task.getDeterminism().getName(), approved, role,
				adapter(task), calls, LlmSlots.of(task, id, declaredSlots), message);
	}

	/**
	 * The tasks whose constraints, rules and approvals lie in exactly one rules file whose facts the
	 * generated service can read from process variables: their step's verdict can be searched for.
	 */
	private static Map<String, StepFacts> stepFacts(List<RuleFileModel> ruleFiles) {
		Map<Task, List<RuleFileModel>> byTask = new LinkedHashMap<>();
		for (RuleFileModel file : ruleFiles) {
			for (EObject declaration : file.source().getDeclarations()) {
				Task task = declaration instanceof io.processware.rules.rules.Constraint c ? c.getTask()
						: declaration instanceof io.processware.rules.rules.Rule r ? r.getTask()
								: declaration instanceof io.processware.rules.rules.Approval a ? a.getTask() : null;
				if (task != null && !task.eIsProxy()) {
					List<RuleFileModel> files = byTask.computeIfAbsent(task, t -> new ArrayList<>());
					if (!files.contains(file)) {
						files.add(file);
					}
				}
			}
		}
		Map<String, StepFacts> facts = new HashMap<>();
		byTask.forEach((task, files) -> {
			RuleFileModel file = files.get(0);
			if (files.size() == 1 && task.getId() != null && file.facts().stream().allMatch(f -> f.reader() != null)) {
				facts.put(task.getId(), new StepFacts(file.source(), file.name(), task));
			}
		});
		return facts;
	}

	/** Who does a task by hand when it has no performer: the role of its lane's participant. */
	private static String laneRole(Task task) {
		if (task.eContainer() instanceof Process process) {
			for (io.processware.model.process.Lane lane : process.getLanes()) {
				if (lane.getNodes().contains(task) && lane.getParticipant() != null
						&& lane.getParticipant().getRole() != null) {
					return lane.getParticipant().getRole().getId();
				}
			}
		}
		return null;
	}

	private AdapterModel.Operation adapter(Task task) {
		LegacySystem system = task instanceof ServiceTask s ? s.getLegacySystem()
				: task instanceof SendTask send ? send.getLegacySystem() : null;
		String operation = task instanceof ServiceTask s && s.getOperation() != null && !s.getOperation().isBlank()
				? s.getOperation()
				: task instanceof SendTask send && send.getMessage() != null ? "send " + send.getMessage() : null;
		if (task instanceof SendTask && system == null) {
			return operation(solution, "Message outbox", "", operation == null ? "send " + task.getName() : operation);
		}
		if (system == null) {
			return null;
		}
		return operation(system, system.getName(), system.getEndpoint() == null ? "" : system.getEndpoint(),
				operation == null ? task.getName() : operation);
	}

	private AdapterModel.Operation operation(io.processware.model.solution.NamedElement owner, String system,
			String endpoint, String name) {
		String className = Names.javaType(system) + "Adapter";
		AdapterModel adapter = adapters.computeIfAbsent(className,
				c -> new AdapterModel(owner, c, Names.javaMember(system) + "Adapter", system, endpoint, new ArrayList<>()));
		AdapterModel.Operation operation = new AdapterModel.Operation(className, adapter.field(), name,
				Names.javaMember(name));
		if (adapter.operations().stream().noneMatch(o -> o.method().equals(operation.method()))) {
			adapter.operations().add(operation);
		}
		return operation;
	}

	private static String describeFlow(SequenceFlow flow) {
		String source = flow.getSource() == null ? "?" : present(flow.getSource().getId()) ? flow.getSource().getId() : flow.getSource().getName();
		String target = flow.getTarget() == null ? "?" : present(flow.getTarget().getId()) ? flow.getTarget().getId() : flow.getTarget().getName();
		return source + " -> " + target;
	}

	/** The id of a model element referenced from a rules file, resolved or not. */
	static String id(EObject element) {
		if (element == null) {
			return null;
		}
		if (element.eIsProxy()) {
			return EcoreUtil.getURI(element).fragment();
		}
		return element instanceof ModelElement m ? m.getId() : null;
	}

	static GenerationException fail(String origin, EObject element, String message) {
		String id = element instanceof ModelElement m && present(m.getId()) ? m.getId()
				: element instanceof io.processware.model.solution.NamedElement n && n.getName() != null ? n.getName()
						: element instanceof SequenceFlow f ? describeFlow(f) : ModelIds.of(element);
		String kind = element instanceof SequenceFlow ? "sequence flow" : "element";
		if (element instanceof FlowNode node) {
			kind = node.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		}
		return new GenerationException(origin + ": " + kind + " '" + id + "' " + message);
	}
}
