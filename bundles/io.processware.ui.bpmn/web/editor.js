// The page side of the Processware BPMN editor. Java calls window.pw.*; the page answers through
// the browser functions Java registers (pwImported, pwChanged, pwSelected, pwSaved).
window.onerror = function (message, source, line) {
  if (typeof pwFailed === 'function') { pwFailed(message + ' (' + source + ':' + line + ')'); }
};
(function () {
  'use strict';
  var modeler = new BpmnJS({ container: '#canvas', moddleExtensions: { pw: window.processwareModdle } });
  var canvas = modeler.get('canvas');
  var registry = modeler.get('elementRegistry');
  var commandStack = modeler.get('commandStack');
  var eventBus = modeler.get('eventBus');
  var CLASSES = [ 'DETERMINISTIC', 'PARTIAL', 'NON_DETERMINISTIC', 'UNCLASSIFIED' ];

  function isTask(element) {
    var bo = element.businessObject;
    return !!bo && typeof bo.$instanceOf === 'function' && bo.$instanceOf('bpmn:Task') && element.type !== 'label';
  }

  function profile(bo) {
    var values = bo.extensionElements && bo.extensionElements.values || [];
    for (var i = 0; i < values.length; i++) {
      if (values[i].$type === 'pw:TaskProfile') { return values[i]; }
    }
    return null;
  }

  function describe(element) {
    var bo = element.businessObject, p = profile(bo);
    return {
      id: element.id, name: bo.name || '', type: bo.$type, task: isTask(element),
      determinism: p && p.determinism || 'UNCLASSIFIED',
      implementationStatus: p && p.implementationStatus || '',
      rules: p && p.ruleRefs ? p.ruleRefs.map(function (r) { return r.name; }) : []
    };
  }

  function tint() {
    registry.filter(isTask).forEach(function (element) {
      CLASSES.forEach(function (c) { canvas.removeMarker(element, 'pw-' + c); });
      canvas.addMarker(element, 'pw-' + describe(element).determinism);
    });
  }

  function stackIndex() { return commandStack._stackIdx; }

  eventBus.on('commandStack.changed', function () {
    tint();
    pwChanged(stackIndex(), commandStack.canUndo(), commandStack.canRedo());
  });
  eventBus.on('selection.changed', function (event) {
    pwSelected(JSON.stringify(event.newSelection.filter(function (e) { return e.type !== 'label'; }).map(describe)));
  });

  window.pw = {
    modeler: modeler,
    open: function (xml) {
      var started = performance.now();
      modeler.importXML(xml).then(function (result) {
        canvas.zoom('fit-viewport');
        tint();
        pwImported(null, result.warnings.length, performance.now() - started, registry.getAll().length, stackIndex());
      }).catch(function (error) {
        pwImported(String(error && error.message || error), 0, performance.now() - started, 0, stackIndex());
      });
    },
    save: function () {
      modeler.saveXML({ format: true }).then(function (result) { pwSaved(result.xml, null); })
        .catch(function (error) { pwSaved(null, String(error && error.message || error)); });
    },
    stackIndex: stackIndex,
    undo: function () { commandStack.undo(); },
    redo: function () { commandStack.redo(); },
    describe: function (id) { var e = registry.get(id); return e ? JSON.stringify(describe(e)) : null; },
    select: function (id) { var e = registry.get(id); if (e) { modeler.get('selection').select(e); } },
    tintOf: function (id) {
      var e = registry.get(id);
      return e ? CLASSES.filter(function (c) { return canvas.hasMarker(e, 'pw-' + c); })[0] || null : null;
    },
    // one undoable command per call: the profile element is created on first use
    setDeterminism: function (id, value) {
      var element = registry.get(id), bo = element.businessObject;
      var moddle = modeler.get('moddle'), modeling = modeler.get('modeling');
      var extensions = bo.extensionElements, p = profile(bo);
      var v = value === 'UNCLASSIFIED' ? undefined : value;
      if (p) {
        modeling.updateModdleProperties(element, p, { determinism: v, determinismSource: undefined });
        return;
      }
      p = moddle.create('pw:TaskProfile', { determinism: v });
      if (extensions) {
        modeling.updateModdleProperties(element, extensions, { values: (extensions.values || []).concat([ p ]) });
      } else {
        extensions = moddle.create('bpmn:ExtensionElements', { values: [ p ] });
        modeling.updateProperties(element, { extensionElements: extensions });
      }
    },
    // problems and classifier suggestions as badges on the shapes
    problems: function (json) {
      var overlays = modeler.get('overlays');
      overlays.remove({ type: 'pw-problem' });
      JSON.parse(json).forEach(function (problem) {
        if (!registry.get(problem.id)) { return; }
        var badge = document.createElement('div');
        badge.className = 'marker ' + problem.severity;
        badge.textContent = problem.severity === 'info' ? '?' : '!';
        badge.title = problem.message;
        overlays.add(problem.id, 'pw-problem', { position: { top: -8, right: 8 }, html: badge });
      });
    },
    problemCount: function () { return modeler.get('overlays').get({ type: 'pw-problem' }).length; }
  };
}());
