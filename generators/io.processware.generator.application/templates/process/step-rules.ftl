<#-- What a step decides with its rules. The rules compiler adds constraints and rules with actions here. -->
<#list t.tables as call>
<#assign tc = call.table>
        Object[] ${tc.className?uncap_first}Inputs = {<#list call.inputPaths as path>RuleValues.of(variables.get("${path?j_string}"))<#sep>, </#list>};
<#list call.inputPaths as path>
        if (${tc.className?uncap_first}Inputs[${path?index}] == null) {
            return StepOutcome.humanWork(<#if t.role??>"${t.role}"<#else>null</#if>, "decision table ${call.name?j_string} needs ${path?j_string}, which the process does not hold");
        }
</#list>
<#if tc.collectsAll() || tc.aggregates()>
        variables.put("${call.name?j_string}", ${model.javaPackage}.rules.${tc.className}.decide(<#list call.inputPaths as path>${tc.className?uncap_first}Inputs[${path?index}]<#sep>, </#list>));
<#else>
        ${model.javaPackage}.rules.${tc.className}.Result ${tc.className?uncap_first} = ${model.javaPackage}.rules.${tc.className}.decide(<#list call.inputPaths as path>${tc.className?uncap_first}Inputs[${path?index}]<#sep>, </#list>);
        if (${tc.className?uncap_first} != null) {
<#list tc.outputs as o>
<#if o?is_first>
            variables.put("${call.name?j_string}", ${tc.className?uncap_first}.${o.field}());
</#if>
            variables.put("${call.name?j_string}.${o.name?j_string}", ${tc.className?uncap_first}.${o.field}());
</#list>
        }
</#if>
</#list>
