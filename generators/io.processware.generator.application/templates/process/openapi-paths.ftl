<#-- The process API's paths in the service's OpenAPI document (included by api/openapi.ftl). -->
  /api/processes:
    get:
      operationId: listProcesses
      tags: [processes]
      responses:
        '200':
          description: the processes the service runs (<#list model.orchestration.processes as p>${p.key}<#sep>, </#list>)
  /api/processes/{key}/instances:
    post:
      operationId: startProcess
      tags: [processes]
      parameters:
        - {name: key, in: path, required: true, schema: {type: string, enum: [<#list model.orchestration.processes as p>'${p.key}'<#sep>, </#list>]}}
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/ProcessVariables'
      responses:
        '201':
          description: the started instance, moved until it waits or ends
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ProcessInstance'
        '404':
          description: no such process
  /api/process-instances/{id}:
    get:
      operationId: readProcessInstance
      tags: [processes]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: the instance with its positions, variables, history and open work items
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ProcessInstance'
        '404':
          description: no such instance
  /api/process-instances/{id}/events/{event}:
    post:
      operationId: triggerBoundaryEvent
      tags: [processes]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: event, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: the event occurred on its active activity
        '404':
          description: no such instance or event
        '409':
          description: not a boundary event, or its activity is not active
  /api/work-items:
    get:
      operationId: listWorkItems
      tags: [processes]
      parameters:
        - {name: role, in: query, required: false, schema: {type: string}}
        - {name: status, in: query, required: false, schema: {type: string, enum: [OPEN, DONE, CANCELLED], default: OPEN}}
      responses:
        '200':
          description: work waiting for people (user tasks, and steps the LLM router handed over)
  /api/work-items/{id}/complete:
    post:
      operationId: completeWorkItem
      tags: [processes]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/ProcessVariables'
      responses:
        '200':
          description: the instance, moved on
        '404':
          description: no such work item
        '409':
          description: the work item is no longer open
<#if model.orchestration.hasSlots()>
  /api/analytics/decisions:
    get:
      operationId: listRuntimeDecisions
      tags: [analytics]
      parameters:
        - {name: task, in: query, required: false, schema: {type: string}}
        - {name: route, in: query, required: false, schema: {type: string, enum: [STATIC, LLM, HUMAN_QUEUE]}}
      responses:
        '200':
          description: the LLM router's decisions, newest first
</#if>
