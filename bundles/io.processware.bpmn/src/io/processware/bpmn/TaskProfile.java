package io.processware.bpmn;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.xml.instance.DomDocument;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;

/**
 * Processware's own facts about one task — determinism (and who set it), implementation status and
 * the business rules that cover it — read from and written to the task's BPMN file. The values are
 * the metamodel's own literals ({@link Determinism}, {@link ImplementationStatus}, rule set ids),
 * so the {@code .pws} solution and the {@code .bpmn} file speak one vocabulary. They live in an extension
 * element of Processware's namespace, which bpmn-js, Camunda Modeler and Signavio keep untouched
 * on round trip because every BPMN tool must preserve foreign {@code extensionElements}:
 *
 * <pre>{@code
 * <bpmn:extensionElements>
 *   <pw:taskProfile determinism="PARTIAL" determinismSource="CLASSIFIER" implementationStatus="GENERATED">
 *     <pw:ruleRef name="approval-thresholds"/>
 *   </pw:taskProfile>
 * </bpmn:extensionElements>
 * }</pre>
 *
 * A task without the element simply has no Processware facts yet; the element is created on the
 * first write and removed again when every fact is cleared, so untouched files stay untouched.
 */
public final class TaskProfile {
	/** Processware's BPMN extension namespace. */
	public static final String NAMESPACE = "https://processware.io/schema/bpmn/1.0";
	/** The prefix Processware declares for its namespace when a file does not declare one. */
	public static final String PREFIX = "pw";

	static final String PROFILE = "taskProfile";
	static final String DETERMINISM = "determinism";
	static final String DETERMINISM_SOURCE = "determinismSource";
	static final String IMPLEMENTATION_STATUS = "implementationStatus";
	static final String RULE_REF = "ruleRef";
	static final String RULE_NAME = "name";

	private final Task task;

	private TaskProfile(Task task) {
		this.task = task;
	}

	/** @return the Processware facts of this task (a live view: writes go to the task's model) */
	public static TaskProfile of(Task task) {
		return new TaskProfile(task);
	}

	/**
	 * @return the determinism class the file records, if any
	 * @throws IllegalStateException when the file holds a value Processware does not know
	 */
	public Optional<Determinism> determinism() {
		return attribute(DETERMINISM)
				.map(literal -> known(literal, DETERMINISM, value -> Optional.ofNullable(Determinism.get(value))));
	}

	/**
	 * @return who set the determinism class: the analyst unless the file says the classifier did;
	 *         empty when there is no class
	 */
	public Optional<DeterminismSource> determinismSource() {
		if (determinism().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(attribute(DETERMINISM_SOURCE)
				.map(literal -> known(literal, DETERMINISM_SOURCE, DeterminismSource::ofLiteral))
				.orElse(DeterminismSource.ANALYST));
	}

	/**
	 * Records the determinism class and who set it, or removes both when {@code determinism} is
	 * {@code null} or {@link Determinism#UNCLASSIFIED}. The analyst is the default source and is not
	 * written, so files of analysts stay as short as they were.
	 */
	public void setDeterminism(Determinism determinism, DeterminismSource source) {
		boolean none = determinism == null || determinism == Determinism.UNCLASSIFIED;
		setAttribute(DETERMINISM, none ? null : determinism.getLiteral());
		setAttribute(DETERMINISM_SOURCE, none || source != DeterminismSource.CLASSIFIER ? null : source.literal());
	}

	/**
	 * @return the implementation status the file records, if any
	 * @throws IllegalStateException when the file holds a value Processware does not know
	 */
	public Optional<ImplementationStatus> implementationStatus() {
		return attribute(IMPLEMENTATION_STATUS)
				.map(literal -> known(literal, IMPLEMENTATION_STATUS,
						value -> Optional.ofNullable(ImplementationStatus.get(value))));
	}

	/** Records the implementation status, or removes it when {@code status} is {@code null}. */
	public void setImplementationStatus(ImplementationStatus status) {
		setAttribute(IMPLEMENTATION_STATUS, status == null ? null : status.getLiteral());
	}

	/** @return the ids of the rule sets that cover this task, in file order */
	public List<String> ruleReferences() {
		return profile().map(profile -> profile.getChildElementsByNameNs(NAMESPACE, RULE_REF).stream()
				.map(rule -> rule.getAttribute(RULE_NAME)).filter(name -> name != null && !name.isBlank()).toList())
				.orElse(List.of());
	}

	/** Replaces the rule sets (by id) that cover this task ({@code []} removes them all). */
	public void setRuleReferences(List<String> ruleNames) {
		Optional<DomElement> existing = profile();
		existing.ifPresent(profile -> profile.getChildElementsByNameNs(NAMESPACE, RULE_REF)
				.forEach(profile::removeChild));
		if (!ruleNames.isEmpty()) {
			DomElement profile = existing.orElseGet(this::createProfile);
			DomDocument document = task.getModelInstance().getDocument();
			for (String name : ruleNames) {
				DomElement rule = document.createElement(NAMESPACE, RULE_REF);
				rule.setAttribute(RULE_NAME, name);
				profile.appendChild(rule);
			}
		}
		removeProfileIfEmpty();
	}

	private <T> T known(String literal, String attribute, Function<String, Optional<T>> parse) {
		return parse.apply(literal).orElseThrow(() -> new IllegalStateException("task '" + task.getId()
				+ "': unknown " + PREFIX + ":" + attribute + " value '" + literal + "'"));
	}

	private Optional<String> attribute(String name) {
		return profile().map(profile -> profile.getAttribute(name)).filter(value -> !value.isEmpty());
	}

	private void setAttribute(String name, String value) {
		if (value == null) {
			profile().ifPresent(profile -> profile.removeAttribute(name));
			removeProfileIfEmpty();
		} else {
			profile().orElseGet(this::createProfile).setAttribute(name, value);
		}
	}

	private Optional<DomElement> profile() {
		ExtensionElements extensions = task.getExtensionElements();
		if (extensions == null) {
			return Optional.empty();
		}
		return extensions.getDomElement().getChildElementsByNameNs(NAMESPACE, PROFILE).stream().findFirst();
	}

	private DomElement createProfile() {
		DomDocument document = task.getModelInstance().getDocument();
		DomElement root = document.getRootElement();
		if (root.lookupPrefix(NAMESPACE) == null) {
			// declare pw once on the root, as bpmn-js does for its own namespaces
			document.registerNamespace(PREFIX, NAMESPACE);
		}
		ExtensionElements extensions = task.getExtensionElements();
		if (extensions == null) {
			extensions = task.getModelInstance().newInstance(ExtensionElements.class);
			task.setExtensionElements(extensions);
		}
		ModelElementInstance profile = extensions.addExtensionElement(NAMESPACE, PROFILE);
		return profile.getDomElement();
	}

	private void removeProfileIfEmpty() {
		profile().ifPresent(profile -> {
			boolean empty = profile.getChildElements().isEmpty()
					&& !profile.hasAttribute(DETERMINISM) && !profile.hasAttribute(DETERMINISM_SOURCE)
					&& !profile.hasAttribute(IMPLEMENTATION_STATUS);
			if (empty) {
				ExtensionElements extensions = task.getExtensionElements();
				extensions.getDomElement().removeChild(profile);
				if (extensions.getDomElement().getChildElements().isEmpty()) {
					task.removeChildElement(extensions);
				}
			}
		});
	}
}
