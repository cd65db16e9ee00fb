<#-- The process API's schemas in the service's OpenAPI document (included by api/openapi.ftl). -->
    ProcessVariables:
      type: object
      properties:
        variables:
          type: object
          additionalProperties: true
    ProcessInstance:
      type: object
      properties:
        id: {type: string}
        process: {type: string}
        status: {type: string, enum: [RUNNING, WAITING, COMPLETED, INCIDENT]}
        positions: {type: array, items: {type: string}}
        variables: {type: object, additionalProperties: true}
        history: {type: array, items: {type: object}}
        workItems: {type: array, items: {type: object}}
