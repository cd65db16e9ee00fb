<@file path="docs/runbooks/${env.profile}.md" for=env.source>
# Runbook: ${env.name}

Environment ${env.name} (${env.kind}) runs `${d.application}` on AKS cluster `${env.names.cluster}` in resource
group `${env.names.resourceGroup}` (${env.cloud} ${env.region}), namespace `${env.names.namespace}`. Its
infrastructure is in [Terraform](../../infrastructure/terraform/${env.profile}/) and
[Kubernetes manifests](../../infrastructure/kubernetes/${env.profile}/).

## First set-up

1. `terraform -chdir=infrastructure/terraform/${env.profile} init -backend-config=<your state backend>`
2. Create the Key Vault first: `terraform -chdir=infrastructure/terraform/${env.profile} apply -target=azurerm_key_vault.main`
3. Put the database administrator's password into secret `database-admin-password` of Key Vault
   `${env.names.keyVault}` (`az keyvault secret set`); it is never written to this repository.
4. `terraform -chdir=infrastructure/terraform/${env.profile} apply`
5. Create Secret `${d.application}-database` in namespace `${env.names.namespace}` with
   `${env.envPrefix}_DATABASE_URL`, `${env.envPrefix}_DATABASE_USER` and `${env.envPrefix}_DATABASE_PASSWORD`
   (from Key Vault, through the CSI secrets driver).

## Deploy

The pipeline deploys on every change to `main`<#if env.production> after approval, as a canary<#elseif staging?has_content && env.profile == staging.profile> with a rolling update<#else>; this environment is deployed by hand</#if>. By hand:

```sh
az aks get-credentials --resource-group ${env.names.resourceGroup} --name ${env.names.cluster}
bash delivery/deploy.sh ${env.profile} <registry>/${d.application}:<version> ${env.production?then("canary", "rolling")}
```

The script checks `${d.healthPath}` and rolls back by itself when the new version is not healthy.

## Roll back

```sh
kubectl -n ${env.names.namespace} rollout undo deployment/${d.application}
kubectl -n ${env.names.namespace} rollout status deployment/${d.application}
```

Infrastructure changes roll back by reverting the commit and applying Terraform again.

## Restore

- Database: point-in-time restore within ${env.production?then(35, 7)} days into a new server, then point the
  secret at it: `az postgres flexible-server restore --resource-group ${env.names.resourceGroup} --name ${env.names.database}-restored --source-server ${env.names.database} --restore-time <UTC time>`<#if env.production>; geo-redundant backups allow a restore in the paired region</#if>.
- Documents: blob versioning keeps earlier versions and deleted blobs for ${env.production?then(30, 7)} days; restore a
  version with `az storage blob copy start` from the version's URL.
- Keys and secrets: Key Vault keeps deleted items 90 days with purge protection: `az keyvault key recover` /
  `az keyvault secret recover`.

## Service levels

<#assign slos = model.solution.serviceLevelObjectives?filter(slo -> !slo.environment?? || slo.environment.id == env.source.id)>
<#if slos?has_content>
<#list slos as slo>
- ${slo.name}: <#if slo.availability gt 0>availability ${(slo.availability * 100)?string.computer}%</#if><#if slo.latencyP95Millis gt 0>, p95 latency ${slo.latencyP95Millis?c} ms</#if>
</#list>
<#else>
The model sets no service-level objective for this environment.
</#if>

<@protected id="runbook-${env.profile}">
</@protected>
</@file>
