<#-- The security template set's entry: the service's access control, RBAC per environment, a policy per process. -->
<#if model.serviceSecurity>
<#include "service/configuration.ftl">
<#include "service/access-rules.ftl">
<#include "service/settings.ftl">
<#include "service/test-authentication.ftl">
<#include "service/access-test.ftl">
</#if>
<#list model.environments as environment>
<#include "kubernetes/rbac.ftl">
</#list>
<#list model.processes as policy>
<#include "policies/process-policy.ftl">
</#list>
