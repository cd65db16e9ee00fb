<#-- The service README's process section (included by readme.ftl). -->
## Processes

<#list model.orchestration.processes as p>
- **${p.name}** (`${p.key}`, <#if p.source.bpmnFile?has_content>drawn in `${p.origin}`<#else>defined in the model only</#if>): ${p.tasks()?size} tasks, ${p.paths()?size} paths tested end to end
  (`${p.className}FlowTest`)
</#list>

Each process is a generated state machine (`src-gen/main/java/${model.packagePath}/process/`); its
instances, their history and the work waiting for people are kept in the database.

| request | what it does |
|---|---|
| `GET /api/processes` | the processes and their start events |
| `POST /api/processes/{key}/instances` with `{"variables": {...}}` | starts an instance and moves it until it waits or ends |
| `GET /api/process-instances/{id}` | status (`WAITING`, `COMPLETED`, `REJECTED`, `INCIDENT`), positions, variables, history, open work items |
| `GET /api/work-items?role=...&status=OPEN` | work waiting for people: user tasks, and steps the LLM router handed over |
| `POST /api/work-items/{id}/complete` with `{"variables": {...}}` | completes the work; the variables are merged and the instance moves on |
| `POST /api/process-instances/{id}/events/{event}` | a boundary event (timer, message, error) occurs on its active activity, or an intermediate event a token waits at moves on |
| `POST /api/messages/{name}` with `{"correlation": {"<variable>": value}, "variables": {...}}` | delivers a message to the one instance waiting for it (receive task, message catch event) whose variables hold the correlation values; 404 when none does, 409 when several do |
<#if model.orchestration.hasSlots()>
| `GET /api/analytics/decisions?task=...&route=...` | every runtime decision of the LLM router: inputs, output, model, route (`STATIC`, `LLM`, `HUMAN_QUEUE`, `RULE_DEFAULT`, `REJECTED`), confidence, reason |
</#if>

Timers (durations such as `P3D`, or dates) are scheduled when the token arrives and kept in the
database; the service fires the due ones itself every `processware.timers.poll-interval` (`PT10S`;
switch off with `processware.timers.enabled=false`, e.g. when another replica does it).

Variables are JSON; money is `{"amount": 120.50, "currency": "EUR"}`, dates are ISO (`2026-01-31`).
Gateway conditions match variable names regardless of case, `-` and `_`. A decision table's result
is stored under its name (first output) and `<table>.<output>`.

Each task has one step handler (`<Task>Step.java`): its rules, then its adapter, then its
runtime-LLM slot, then your code in its protected region.
<#if model.orchestration.adapters?has_content>

### Adapters (yours to implement)

| interface (generated) | your implementation (written once, never overwritten) | operations |
|---|---|---|
<#list model.orchestration.adapters as a>
| `adapters/${a.className}` | `src/main/java/${model.packagePath}/adapters/${a.className}Impl.java` | <#list a.operations as o>`${o.method}`<#sep>, </#list> |
</#list>
</#if>
<#if model.orchestration.hasSlots()>

### Runtime-LLM slots

Steps with a slot (<#list model.orchestration.tasks()?filter(t -> t.routed()) as t>${t.name} → `${t.slot.name}`<#sep>, </#list>)
use approved static code when the model marks the task's code approved and its `decideStatically`
region answers; else they ask an OpenAI-compatible model through LangChain4j and accept only an
answer that fits the slot's schema and minimum confidence; otherwise the step follows the slot's
fallback: a work item (human review), the rules' default (the step goes on), or a rejection (the
task's error boundary event, else the instance ends `REJECTED`).
Configure the model with environment variables — never in files:

| setting | default profile | per environment |
|---|---|---|
| `processware.llm.base-url` (empty: no model, every slot goes to people) | `PROCESSWARE_LLM_BASE_URL` | `<ENVIRONMENT>_LLM_BASE_URL` |
| `processware.llm.model` | `PROCESSWARE_LLM_MODEL` | `<ENVIRONMENT>_LLM_MODEL` |
| `processware.llm.api-key` | `PROCESSWARE_LLM_API_KEY` | `<ENVIRONMENT>_LLM_API_KEY` |
</#if>

