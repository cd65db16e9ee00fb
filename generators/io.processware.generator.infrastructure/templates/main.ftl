<#-- The infrastructure template set's entry: Terraform and Kubernetes manifests per environment. -->
<#include "macros.ftl">
<#list model.environments as env>
<#assign tf = "infrastructure/terraform/" + env.profile>
<#assign k8s = "infrastructure/kubernetes/" + env.profile>
<#include "terraform/versions.ftl">
<#include "terraform/network.ftl">
<#include "terraform/cluster.ftl">
<#include "terraform/database.ftl">
<#include "terraform/storage.ftl">
<#include "terraform/keys.ftl">
<#include "terraform/outputs.ftl">
<#include "kubernetes/namespace.ftl">
<#include "kubernetes/deployment.ftl">
<#include "kubernetes/service.ftl">
<#include "kubernetes/autoscaling.ftl">
<#include "kubernetes/disruption-budget.ftl">
<#include "kubernetes/network-policies.ftl">
</#list>
