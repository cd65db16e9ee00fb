<#-- The FinOps template set's entry: a budget per environment, a cost estimate per environment, a summary. -->
<#function hcl value>
<#return '"' + value?replace('\\', '\\\\')?replace('"', '\\"')?replace(r"${", r"$${")?replace(r"%{", r"%%{") + '"'>
</#function>
<#function money amount>
<#return model.amount(amount) + " " + model.currency>
</#function>
<#macro tags env indent="  ">
${indent}tags = {
<#list env.tags as tag, value>
${indent}  ${hcl(tag)} = ${hcl(value)}
</#list>
${indent}}
</#macro>
<#list model.environments as costs>
<#assign env = costs.environment>
<#if costs.hasBudget()>
<#include "budget.ftl">
</#if>
<#include "estimate.ftl">
</#list>
<#include "summary.ftl">
