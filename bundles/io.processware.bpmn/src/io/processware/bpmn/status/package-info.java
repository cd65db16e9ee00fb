/** placeholder */ package io.processware.bpmn.status;
