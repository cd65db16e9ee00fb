<#-- A step runs its task's constraints, approval thresholds and rules (rules.<Task>TaskRules) on the facts the
     process variables hold, and records the outcome as variables "<task>.passed", ".violations", ".warnings",
     ".approvals", ".notifications", ".rejection", ".fired", plus what the rules set. Rules that cannot be
     evaluated on the variables (two currencies compared) are recorded as "<task>.rules-error"; the flow's own
     conditions decide the route. -->
<#list model.taskRules?filter(r -> r.id == t.id) as rules>
<#assign local = t.id?keep_after_last(".")>
        // the task's constraints, approval thresholds and rules: ${model.javaPackage}.rules.${rules.className}
        try {
            ${model.javaPackage}.rules.${rules.className} rules = new ${model.javaPackage}.rules.${rules.className}(
<#list rules.facts as fact>
<#if fact.javaType?starts_with(model.javaPackage + ".domain.")>
                    ${model.javaPackage}.rules.VariableFacts.${fact.reader?keep_after("RuleFacts.")}(variables::get, "${fact.name?j_string}"),
<#else>
                    (<#if fact.javaType == "MoneyValue" || fact.javaType == "DurationValue">${model.javaPackage}.rules.</#if>${fact.javaType}) ${model.javaPackage}.rules.VariableFacts.value(variables.get("${fact.name?j_string}")),
</#if>
</#list>
                    java.time.LocalDate.now(),
                    // an "ask" is recorded; the step asks its slot through the router
                    (slot, inputs) -> java.util.Map.of());
            ${model.javaPackage}.rules.RuleOutcome outcome = rules.run();
            variables.put("${local}.passed", !outcome.refused());
            variables.put("${local}.violations", outcome.violations().stream()
                    .filter(v -> v.severity() == ${model.javaPackage}.rules.RuleOutcome.Severity.ERROR).map(v -> v.code()).toList());
            variables.put("${local}.warnings", outcome.violations().stream()
                    .filter(v -> v.severity() == ${model.javaPackage}.rules.RuleOutcome.Severity.WARNING).map(v -> v.code()).toList());
            variables.put("${local}.approvals", outcome.approvals());
            variables.put("${local}.notifications", outcome.notifications().stream().map(n -> n.role() + ": " + n.message()).toList());
            variables.put("${local}.fired", outcome.firedRules());
            if (outcome.rejected()) {
                variables.put("${local}.rejection", outcome.rejection().code());
            }
<#list rules.files as file>
            rules.${rules.fieldOf(file)}().written().forEach((path, value) -> {
                if (value != null) {
                    variables.put(path, ${model.javaPackage}.rules.VariableFacts.json(value));
                }
            });
</#list>
            java.time.Instant now = java.time.Instant.now();
            for (${model.javaPackage}.rules.ServiceLevel level : ${model.javaPackage}.rules.${rules.className}.SERVICE_LEVELS) {
                variables.put("${local}.deadline", level.deadline(now).toString());
                if (level.warnAfter() != null) {
                    variables.put("${local}.warning", level.warning(now).toString());
                }
                if (level.escalateTo() != null) {
                    variables.put("${local}.escalate-to", level.escalateTo());
                }
            }
        } catch (RuntimeException e) {
            variables.put("${local}.rules-error", String.valueOf(e.getMessage()));
        }
</#list>
