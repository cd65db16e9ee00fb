package io.processware.bpmn.internal;

import java.util.Set;

/** The namespaces of BPMN 2.0 itself; everything else in a file is an extension to be kept. */
public final class BpmnNamespaces {
	public static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
	public static final String BPMN_DI = "http://www.omg.org/spec/BPMN/20100524/DI";
	public static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
	public static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
	public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	public static final String XMLNS = "http://www.w3.org/2000/xmlns/";
	public static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static final Set<String> STANDARD = Set.of(MODEL, BPMN_DI, DC, DI);
	private static final Set<String> INFRASTRUCTURE = Set.of(XSI, XMLNS, XML);

	private BpmnNamespaces() {
	}

	/** @return whether elements of this namespace are defined by BPMN 2.0 (model or diagram) */
	public static boolean isStandard(String namespace) {
		return namespace != null && STANDARD.contains(namespace);
	}

	/** @return whether an attribute of this namespace is an extension (not BPMN, not XML plumbing) */
	public static boolean isExtensionAttribute(String namespace) {
		return namespace != null && !namespace.isEmpty() && !STANDARD.contains(namespace)
				&& !INFRASTRUCTURE.contains(namespace);
	}
}
