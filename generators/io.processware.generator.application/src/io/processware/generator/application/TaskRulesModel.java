package io.processware.generator.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.processware.generator.ModelView;
import io.processware.model.process.Task;
import io.processware.rules.rules.Approval;
import io.processware.rules.rules.Constraint;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Rule;

/**
 * The single entry point of one task into its rules, as the task's step handler calls it: the facts
 * of every rules file with declarations for the task (by name, once), its constraints, its rules
 * run file after file (a rejection stops the files after it), its decision tables and its SLAs.
 *
 * @param task      the task
 * @param id        its model id
 * @param className the Java class
 * @param files     the rules files with declarations for it, in file order
 * @param facts     their facts, each name once, in order of appearance
 * @param tables    the decision tables declared for it
 */
public record TaskRulesModel(Task task, String id, String className, List<RuleFileModel> files,
		List<RuleFileModel.FactModel> facts, List<TableOfFile> tables) implements ModelView {

	/** A table and the rules file whose class answers it. */
	public record TableOfFile(RuleFileModel file, RuleFileModel.TableUse table) {
	}

	/** @return one model per task that rules files name, in order of appearance */
	static List<TaskRulesModel> of(List<RuleFileModel> files) {
		Map<Task, List<RuleFileModel>> byTask = new LinkedHashMap<>();
		for (RuleFileModel file : files) {
			for (EObject declaration : file.source().getDeclarations()) {
				Task task = taskOf(declaration);
				if (task != null && !task.eIsProxy()) {
					List<RuleFileModel> of = byTask.computeIfAbsent(task, t -> new ArrayList<>());
					if (!of.contains(file)) {
						of.add(file);
					}
				}
			}
		}
		List<TaskRulesModel> tasks = new ArrayList<>();
		Map<String, String> classes = new HashMap<>();
		byTask.forEach((task, of) -> {
			String className = Names.javaType(task.getName() == null ? task.getId() : task.getName()) + "TaskRules";
			String other = classes.putIfAbsent(className, task.getId());
			if (other != null) {
				throw new IllegalArgumentException("tasks '" + other + "' and '" + task.getId() + "' would both become class "
						+ className + "; rename one of them");
			}
			Map<String, RuleFileModel.FactModel> facts = new LinkedHashMap<>();
			List<TableOfFile> tables = new ArrayList<>();
			for (RuleFileModel file : of) {
				for (RuleFileModel.FactModel fact : file.facts()) {
					RuleFileModel.FactModel known = facts.putIfAbsent(fact.name(), fact);
					if (known != null && !known.javaType().equals(fact.javaType())) {
						throw new IllegalArgumentException("task " + task.getId() + ": fact '" + fact.name()
								+ "' is " + known.javaType() + " in one rules file and " + fact.javaType()
								+ " in rules file " + file.name() + "; give them one type or two names");
					}
				}
				file.tables().stream().filter(use -> use.table().source().getTask() == task)
						.forEach(use -> tables.add(new TableOfFile(file, use)));
			}
			tasks.add(new TaskRulesModel(task, task.getId(), className, List.copyOf(of), List.copyOf(facts.values()),
					tables));
		});
		return tasks;
	}

	private static Task taskOf(EObject declaration) {
		if (declaration instanceof Constraint constraint) {
			return constraint.getTask();
		}
		if (declaration instanceof Rule rule) {
			return rule.getTask();
		}
		if (declaration instanceof Approval approval) {
			return approval.getTask();
		}
		if (declaration instanceof DecisionTable table) {
			return table.getTask();
		}
		return null;
	}

	/** @return the Java field for a rules file's class */
	public String fieldOf(RuleFileModel file) {
		String type = file.className();
		return Character.toLowerCase(type.charAt(0)) + type.substring(1);
	}

	@Override
	public Object element() {
		return task;
	}
}
