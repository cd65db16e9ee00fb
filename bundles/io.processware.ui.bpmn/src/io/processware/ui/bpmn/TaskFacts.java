package io.processware.ui.bpmn;

import java.util.List;

import com.google.gson.Gson;

/** One diagram element as the page describes it: id, name, BPMN type and Processware's task facts. */
record TaskFacts(String id, String name, String type, boolean task, String determinism, String implementationStatus,
		List<String> rules) {
	private static final Gson GSON = new Gson();

	static TaskFacts fromJson(String json) {
		TaskFacts facts = GSON.fromJson(json, TaskFacts.class);
		return new TaskFacts(facts.id, facts.name, facts.type, facts.task, facts.determinism,
				facts.implementationStatus, facts.rules == null ? List.of() : facts.rules);
	}

	static List<TaskFacts> listFromJson(String json) {
		TaskFacts[] all = GSON.fromJson(json, TaskFacts[].class);
		return java.util.Arrays.stream(all).map(f -> fromJson(GSON.toJson(f))).toList();
	}
}
