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
<#if model.decisionTables?has_content>
<#include "rules/values.ftl">
</#if>
<#list model.decisionTables as table>
<#include "rules/decision-table.ftl">
<#include "rules/decision-table-test.ftl">
</#list>
<#if model.orchestration.processes?has_content>
<#include "process/main.ftl">
</#if>
<#include "persistence/migration.ftl">
<#include "api/openapi.ftl">
<#include "api/openapi-test.ftl">
<#include "config/application.ftl">
<#include "readme.ftl">
