<#-- The legacy template set's entry: shared resilience, one transport per protocol in use, a client and contract test per system. -->
<#if model.systems?has_content>
<#include "service/settings.ftl">
<#include "service/resilience.ftl">
<#if model.uses("rest") || model.uses("queue")>
<#include "service/http-json.ftl">
</#if>
<#if model.uses("soap")>
<#include "service/soap.ftl">
</#if>
<#if model.uses("jdbc")>
<#include "service/jdbc.ftl">
</#if>
<#if model.uses("file")>
<#include "service/file-drop.ftl">
</#if>
<#include "test/stub-server.ftl">
<#list model.systems as system>
<#include "service/client.ftl">
<#include "test/contract-test.ftl">
</#list>
</#if>
