<@file path="docs/api.md" for=model.solution trace=model.service.entities?map(e -> e.source)>
# API reference

The service's REST API, described completely by its [OpenAPI document](../${model.openApi()}) (also served at
`/openapi.yaml`). Every collection supports the same operations:

| collection | entity | operations |
|---|---|---|
<#list model.service.entities as entity>
| `/api/${entity.collectionPath}` | ${entity.source.name} | `GET` list, `POST` create, `GET`/`PUT`/`DELETE` `/api/${entity.collectionPath}/{id}` |
</#list>

Errors: `400` when a request body is invalid, `404` when no resource has the id.
</@file>
