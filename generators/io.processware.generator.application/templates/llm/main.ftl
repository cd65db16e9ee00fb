<#-- Runtime-LLM slots (ADR 10): included when a task of the solution has a slot. -->
<#include "slot.ftl">
<#include "client.ftl">
<#include "router.ftl">
<#include "analytics.ftl">
<#include "router-test.ftl">
