<#-- The CI/CD template set's entry: one deployment script, run by both pipelines. -->
<#assign staging = model.staging()!>
<#assign production = model.production()!>
<#include "deploy.ftl">
<#include "github.ftl">
<#include "gitlab.ftl">
