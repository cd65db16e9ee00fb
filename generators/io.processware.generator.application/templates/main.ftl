<#-- The application template set's entry: one service per solution. -->
<#include "build.ftl">
<#include "application.ftl">
<#list model.enumerations as enumeration>
<#include "domain/enumeration.ftl">
</#list>
<#if model.entities?filter(e -> e.hasMoney())?has_content>
<#include "domain/money.ftl">
</#if>
<#list model.entities as entity>
<#include "domain/entity.ftl">
<#include "persistence/repository.ftl">
<#include "api/controller.ftl">
<#include "api/controller-test.ftl">
</#list>
<#if model.hasRules()>
<#include "rules/values.ftl">
</#if>
<#list model.decisionTables as table>
<#include "rules/decision-table.ftl">
<#include "rules/decision-table-test.ftl">
</#list>
<#if model.ruleFiles?has_content>
<#include "rules/runtime.ftl">
<#include "rules/domain-values.ftl">
<#include "rules/service-levels.ftl">
<#include "rules/rule-facts.ftl">
<#include "rules/variable-facts.ftl">
<#include "api/rule-violation-advice.ftl">
</#if>
<#list model.entitiesWithInvariants() as invariantEntity>
<#include "rules/invariants.ftl">
</#list>
<#list model.ruleFiles as ruleFile>
<#include "rules/rule-file.ftl">
<#if ruleFile.examples?has_content || ruleFile.agreement?has_content>
<#include "rules/rule-file-test.ftl">
</#if>
<#if ruleFile.apiExamples?has_content>
<#include "rules/invariants-api-test.ftl">
</#if>
</#list>
<#list model.taskRules as taskRules>
<#include "rules/task-rules.ftl">
</#list>
<#if model.orchestration.processes?has_content>
<#include "process/main.ftl">
<#if model.taskRules?has_content>
<#include "rules/step-rules-test.ftl">
</#if>
</#if>
<#include "persistence/migration.ftl">
<#include "api/openapi.ftl">
<#include "api/openapi-test.ftl">
<#include "config/application.ftl">
<#include "readme.ftl">
