<#-- A string as an HCL quoted literal: backslashes, quotes and template sequences escaped. -->
<#function hcl value>
<#return '"' + value?replace('\\', '\\\\')?replace('"', '\\"')?replace(r"${", r"$${")?replace(r"%{", r"%%{") + '"'>
</#function>
<#-- The cost-allocation tags of an environment as a Terraform map (FinOps checks every resource has them). -->
<#macro tags env indent="  ">
${indent}tags = {
<#list env.tags as tag, value>
${indent}  ${hcl(tag)} = ${hcl(value)}
</#list>
${indent}}
</#macro>
<#-- The same tags as Kubernetes labels, with the application's recommended labels. -->
<#macro labels env indent="    ">
${indent}app.kubernetes.io/name: ${model.application}
${indent}app.kubernetes.io/version: "${model.version}"
${indent}app.kubernetes.io/managed-by: processware
<#list env.labels as label, value>
${indent}${label}: "${value}"
</#list>
</#macro>
