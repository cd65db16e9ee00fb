<#-- Process orchestration (ADR 10): included by the entry template when the solution has processes. -->
<#include "variables.ftl">
<#include "definition-api.ftl">
<#include "records.ftl">
<#include "engine.ftl">
<#include "api.ftl">
<#if model.decisionTables?has_content>
<#include "rule-values.ftl">
</#if>
<#list model.orchestration.adapters as adapter>
<#include "adapter.ftl">
</#list>
<#list model.orchestration.processes as process>
<#include "definition.ftl">
<#list process.tasks() as task>
<#include "step.ftl">
</#list>
<#include "flow-test.ftl">
</#list>
<#include "api-test.ftl">
<#if model.orchestration.hasSlots()>
<#include "../llm/main.ftl">
</#if>
