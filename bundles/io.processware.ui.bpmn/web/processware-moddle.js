// Processware's BPMN extension (pw:taskProfile, see io.processware.bpmn.TaskProfile) described for
// bpmn-js, so the diagram reads, edits and writes task facts as typed properties.
window.processwareModdle = {
  name: 'Processware',
  uri: 'https://processware.io/schema/bpmn/1.0',
  prefix: 'pw',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'TaskProfile',
      superClass: [ 'Element' ],
      properties: [
        { name: 'determinism', isAttr: true, type: 'String' },
        { name: 'determinismSource', isAttr: true, type: 'String' },
        { name: 'implementationStatus', isAttr: true, type: 'String' },
        { name: 'ruleRefs', type: 'RuleRef', isMany: true }
      ]
    },
    {
      name: 'RuleRef',
      superClass: [ 'Element' ],
      properties: [ { name: 'name', isAttr: true, type: 'String' } ]
    }
  ]
};
