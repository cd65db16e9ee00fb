<#-- The documentation template set's entry: everything under docs/ of the generated solution. -->
<#assign d = model.deployment>
<#assign staging = d.staging()!>
<#assign production = d.production()!>
<#include "index.ftl">
<#include "architecture.ftl">
<#include "decisions/service.ftl">
<#include "decisions/infrastructure.ftl">
<#include "decisions/delivery.ftl">
<#include "decisions/cost-controls.ftl">
<#list d.environments as env>
<#include "runbook.ftl">
</#list>
<#include "api.ftl">
<#include "matrix.ftl">
