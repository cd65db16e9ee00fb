// The page side of the Processware BPMN editor. Java calls window.pw.*; the page answers through
// the browser functions Java registers (pwImported, pwChanged, pwSelected, pwSelectionChanged, pwSaved).
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

  // Tints follow determinism: only the elements a command changed are recoloured (a 4,000-element
  // diagram stays quick to edit); the whole diagram is tinted once, after the import.
  function tint(elements) {
    elements.forEach(function (element) {
      if (!isTask(element) || !registry.get(element.id)) { return; }
      var wanted = describe(element).determinism;
      CLASSES.forEach(function (c) { if (c !== wanted && canvas.hasMarker(element, 'pw-' + c)) { canvas.removeMarker(element, 'pw-' + c); } });
      if (!canvas.hasMarker(element, 'pw-' + wanted)) { canvas.addMarker(element, 'pw-' + wanted); }
    });
  }

  function stackIndex() { return commandStack._stackIdx; }

  function selectedFacts() {
    return JSON.stringify(modeler.get('selection').get().filter(function (e) { return e.type !== 'label'; }).map(describe));
  }

  // Save, Undo and Redo belong to the workbench: its key bindings see Ctrl+S, Ctrl+Z, Ctrl+Y and
  // Ctrl+Shift+Z first while the diagram has the focus, and run them on bpmn-js's command stack.
  // WebKit still hands the keys to the page, and a key the page leaves unhandled comes back to
  // SWT (twice, with a new timestamp) and would run the command again: the page marks them handled,
  // before bpmn-js's own bindings for them can act.
  document.addEventListener('keydown', function (event) {
    var key = (event.key || '').toLowerCase();
    if ((event.ctrlKey || event.metaKey) && (key === 's' || key === 'z' || key === 'y')) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);

  eventBus.on('elements.changed', function (event) { tint(event.elements); });
  eventBus.on('commandStack.changed', function () {
    pwChanged(stackIndex(), commandStack.canUndo(), commandStack.canRedo());
    // an undo or redo may have changed what the Properties view shows of the selection
    if (modeler.get('selection').get().length > 0) { pwSelectionChanged(selectedFacts()); }
  });
  eventBus.on('selection.changed', function () { pwSelected(selectedFacts()); });

  // Processware's task facts (pw:taskProfile): one undoable bpmn-js command per call; the profile
  // element is created on first use. Unset values (undefined) are left out of the file.
  function setProfile(id, changes) {
    var element = registry.get(id), bo = element.businessObject;
    var moddle = modeler.get('moddle'), modeling = modeler.get('modeling');
    var extensions = bo.extensionElements, p = profile(bo);
    if (p) {
      modeling.updateModdleProperties(element, p, changes);
      return;
    }
    p = moddle.create('pw:TaskProfile', {});
    Object.keys(changes).forEach(function (key) { if (changes[key] !== undefined) { p.set(key, changes[key]); } });
    if (extensions) {
      modeling.updateModdleProperties(element, extensions, { values: (extensions.values || []).concat([ p ]) });
    } else {
      extensions = moddle.create('bpmn:ExtensionElements', { values: [ p ] });
      modeling.updateProperties(element, { extensionElements: extensions });
    }
  }

  function elementsOf(ids) {
    return ids.map(function (id) { return registry.get(id); }).filter(function (e) { return !!e; });
  }

  window.pw = {
    modeler: modeler,
    open: function (xml) {
      var started = performance.now();
      modeler.importXML(xml).then(function (result) {
        canvas.zoom('fit-viewport');
        tint(registry.getAll());
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
    setDeterminism: function (id, value) {
      setProfile(id, { determinism: value === 'UNCLASSIFIED' ? undefined : value, determinismSource: undefined });
    },
    setImplementationStatus: function (id, value) {
      setProfile(id, { implementationStatus: value || undefined });
    },
    setRules: function (id, names) {
      var moddle = modeler.get('moddle');
      setProfile(id, { ruleRefs: names.map(function (name) { return moddle.create('pw:RuleRef', { name: name }); }) });
    },
    // selects the elements (ids that are not in the diagram are skipped) and scrolls the first into view
    selectReveal: function (ids) {
      var elements = elementsOf(ids);
      modeler.get('selection').select(elements);
      if (elements.length > 0) { canvas.scrollToElement(elements[0], { top: 120, right: 120, bottom: 120, left: 120 }); }
      return JSON.stringify(elements.map(function (e) { return e.id; }));
    },
    selectedIds: function () {
      return JSON.stringify(modeler.get('selection').get().map(function (e) { return e.id; }));
    },
    // whether the element's shape lies inside the visible part of the canvas
    isVisible: function (id) {
      var e = registry.get(id), box = canvas.viewbox();
      return !!e && e.x >= box.x && e.y >= box.y && e.x + (e.width || 0) <= box.x + box.width && e.y + (e.height || 0) <= box.y + box.height;
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
