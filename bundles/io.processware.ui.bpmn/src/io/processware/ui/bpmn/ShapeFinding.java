package io.processware.ui.bpmn;

/** A badge on a shape: a validation problem ("error", "warning") or a classifier suggestion ("info"). */
record ShapeFinding(String id, String severity, String message) {
}
