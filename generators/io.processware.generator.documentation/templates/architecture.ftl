<@file path="docs/architecture.md" for=model.solution trace=model.processes?map(p -> p.source)>
# Architecture of ${d.name}

${model.solution.description!""}

One Spring Boot service (`${d.application}`, Java 21) keeps the domain in PostgreSQL, documents in
object storage and its keys and secrets in Key Vault; it runs on Kubernetes in each environment,
provisioned by Terraform and delivered by the pipelines in `.github/workflows/` and `.gitlab-ci.yml`.

## Processes

<#list model.processes as process>
### ${process.name}

```mermaid
<#list process.mermaid as line>
${line}
</#list>
```

</#list>
<#if !model.processes?has_content>
The model has no process yet.

</#if>
## Deployment

```mermaid
flowchart TB
  users(("users"))
  pipeline["delivery pipeline"]
<#list d.environments as env>
  subgraph ${env.profile?replace("-", "_")}["${env.name}: ${env.cloud} ${env.region}, ${env.size}"]
    ${env.profile?replace("-", "_")}_ingress["ingress"]
    ${env.profile?replace("-", "_")}_service["${d.application}: ${env.sizing.minReplicas} to ${env.sizing.maxReplicas} pods"]
    ${env.profile?replace("-", "_")}_database[("PostgreSQL ${env.sizing.databaseSku}")]
    ${env.profile?replace("-", "_")}_documents[("object storage")]
    ${env.profile?replace("-", "_")}_vault["Key Vault"]
    ${env.profile?replace("-", "_")}_ingress --> ${env.profile?replace("-", "_")}_service
    ${env.profile?replace("-", "_")}_service --> ${env.profile?replace("-", "_")}_database
    ${env.profile?replace("-", "_")}_service --> ${env.profile?replace("-", "_")}_documents
    ${env.profile?replace("-", "_")}_service --> ${env.profile?replace("-", "_")}_vault
  end
  pipeline --> ${env.profile?replace("-", "_")}_service
</#list>
<#if production?has_content>
  users --> ${production.profile?replace("-", "_")}_ingress
</#if>
<#list model.solution.legacySystems as system>
  legacy_${system?index}["${system.name?replace("\"", "#quot;")} (${(system.protocol.literal)!"REST"})"]
<#list d.environments as env>
  ${env.profile?replace("-", "_")}_service --> legacy_${system?index}
</#list>
</#list>
```

| environment | kind | cloud, region | size | data | encryption at rest / in transit | Terraform | manifests |
|---|---|---|---|---|---|---|---|
<#list d.environments as env>
| ${env.name} | ${env.kind} | ${env.cloud}, ${env.region} | ${env.size} | ${env.data?replace("_", " ")} | ${env.encryptionAtRest?then("yes", "no")} / ${env.encryptionInTransit?then("yes", "no")} | [terraform](../infrastructure/terraform/${env.profile}/) | [kubernetes](../infrastructure/kubernetes/${env.profile}/) |
</#list>

## Service levels

<#if model.solution.serviceLevelObjectives?has_content>
| objective | process | environment | availability | p95 latency |
|---|---|---|---|---|
<#list model.solution.serviceLevelObjectives as slo>
| ${slo.name} | ${(slo.process.name)!"all"} | ${(slo.environment.name)!"all"} | <#if slo.availability gt 0>${(slo.availability * 100)?string.computer}%<#else>-</#if> | <#if slo.latencyP95Millis gt 0>${slo.latencyP95Millis?c} ms<#else>-</#if> |
</#list>
<#else>
The model sets no service-level objective.
</#if>

## Where things are

| what | where |
|---|---|
| the service (code, schema, tests) | `src-gen/`, `src/`, [README](../README.md) |
| REST API | [API reference](api.md), [OpenAPI document](../${model.openApi()}) |
| infrastructure | [`infrastructure/terraform/`](../infrastructure/terraform/), [`infrastructure/kubernetes/`](../infrastructure/kubernetes/) |
| delivery | [GitHub Actions](../.github/workflows/delivery.yml), [GitLab CI](../.gitlab-ci.yml), [deploy script](../delivery/deploy.sh) |
| cost controls | [FinOps](../finops/README.md) |
| decisions | [decisions/](decisions/) |
| operations | runbooks per environment in [runbooks/](runbooks/) |
| implementation status | [implementation matrix](implementation-matrix.md) |

<@protected id="architecture">
</@protected>
</@file>
