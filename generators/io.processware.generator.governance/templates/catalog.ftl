<#macro strings values><#list values as v>"${v?json_string}"<#sep>, </#list></#macro>
<@file path="governance/data-catalog.json" for=model.service.solution trace=model.entities?map(e -> e.entity.source)>
{
  "$schema": "https://processware.io/schemas/data-catalog-1.json",
  "solution": "${model.service.name?json_string}",
  "version": "${model.service.version?json_string}",
  "environments": [
<#list model.environments as e>
    {
      "id": "${(e.environment.source.id!e.environment.profile)?json_string}",
      "name": "${e.environment.source.name?json_string}",
      "region": "${e.environment.region?json_string}",
      "jurisdiction": "${e.jurisdiction?json_string}",
      "data": "${e.data}",
      "holdsRealData": ${e.realData?c}
    }<#sep>,</#sep>
</#list>
  ],
  "entities": [
<#list model.entities as ce>
    {
      "id": "${(ce.entity.source.id!ce.entity.className)?json_string}",
      "name": "${ce.entity.source.name?json_string}",
      "table": "${ce.entity.table}",
      "attributes": [
<#list ce.attributes as ca>
        {
          "id": "${(ca.attribute.source.id!ca.attribute.field)?json_string}",
          "name": "${ca.attribute.source.name?json_string}",
          "columns": [<@strings ca.columns/>],
          "type": "${ca.type}",
          "classification": "${ca.attribute.classification}",
          "personalData": ${ca.attribute.personalData?c},
          "retention": <#if ca.retained()>"${ca.retention?json_string}"<#else>null</#if>,
          "residency": <#if ca.residency?has_content>"${ca.residency?json_string}"<#else>null</#if>
        }<#sep>,</#sep>
</#list>
      ],
      "lineage": {
        "processes": [
<#list ce.processes as p>
          { "id": "${(p.id!"")?json_string}", "name": "${p.name?json_string}", "tasks": [<@strings p.tasks/>] }<#sep>,</#sep>
</#list>
        ],
        "ruleSets": [
<#list ce.ruleSets as r>
          { "id": "${(r.id!"")?json_string}", "name": "${r.name?json_string}", "path": "${r.path?json_string}" }<#sep>,</#sep>
</#list>
        ],
        "dataStores": [<@strings ce.dataStores/>]
      }
    }<#sep>,</#sep>
</#list>
  ]
}
</@file>
