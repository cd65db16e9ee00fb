<#-- The data governance template set's entry: catalog, column comments, retention job. -->
<#include "catalog.ftl">
<#include "service/column-comments.ftl">
<#if model.hasRetention()>
<#include "service/settings.ftl">
<#include "service/retention-job.ftl">
<#include "service/retention-test.ftl">
</#if>
