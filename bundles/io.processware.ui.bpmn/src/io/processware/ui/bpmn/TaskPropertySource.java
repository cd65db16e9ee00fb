package io.processware.ui.bpmn;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import io.processware.model.process.Determinism;
import io.processware.model.process.ImplementationStatus;

/**
 * A diagram element in the Properties view: its id, name and type, and for tasks Processware's facts
 * (determinism, implementation status, rules used). Each of those is editable here; an edit changes
 * the task's {@code pw:taskProfile} in the diagram as one bpmn-js command (on its undo stack). Rules
 * used are the rule sets' ids, separated by commas.
 */
public final class TaskPropertySource implements IPropertySource {
	static final String ID = "id";
	static final String NAME = "name";
	static final String TYPE = "type";
	static final String DETERMINISM = "determinism";
	static final String STATUS = "implementationStatus";
	static final String RULES = "rules";
	private static final String[] CLASSES = Arrays.stream(Determinism.values()).map(Determinism::getLiteral)
			.toArray(String[]::new);
	/** "" first: a task whose status nobody recorded yet */
	private static final String[] STATUSES = Stream.concat(Stream.of(""),
			ImplementationStatus.VALUES.stream().map(ImplementationStatus::getLiteral)).toArray(String[]::new);

	private final BpmnEditor editor;
	private TaskFacts facts;

	TaskPropertySource(BpmnEditor editor, TaskFacts facts) {
		this.editor = editor;
		this.facts = facts;
	}

	/** @return what the Properties view shows, as the diagram had it when last asked */
	TaskFacts facts() {
		return facts;
	}

	/** @return the element's id in the diagram */
	public String elementId() {
		return facts.id();
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		PropertyDescriptor id = described(new PropertyDescriptor(ID, "Id"), "Element");
		PropertyDescriptor name = described(new PropertyDescriptor(NAME, "Name"), "Element");
		PropertyDescriptor type = described(new PropertyDescriptor(TYPE, "Type"), "Element");
		if (!facts.task()) {
			return new IPropertyDescriptor[] { id, name, type };
		}
		return new IPropertyDescriptor[] { id, name, type,
				described(new ComboBoxPropertyDescriptor(DETERMINISM, "Determinism", CLASSES), "Processware"),
				described(new ComboBoxPropertyDescriptor(STATUS, "Implementation status", STATUSES), "Processware"),
				described(new TextPropertyDescriptor(RULES, "Rules used"), "Processware") };
	}

	private static PropertyDescriptor described(PropertyDescriptor descriptor, String category) {
		descriptor.setCategory(category);
		return descriptor;
	}

	@Override
	public Object getPropertyValue(Object id) {
		return switch ((String) id) {
		case ID -> facts.id();
		case NAME -> facts.name();
		case TYPE -> facts.type().replace("bpmn:", "");
		case DETERMINISM -> Arrays.asList(CLASSES).indexOf(facts.determinism());
		case STATUS -> Math.max(0, Arrays.asList(STATUSES).indexOf(facts.implementationStatus()));
		case RULES -> String.join(", ", facts.rules());
		default -> null;
		};
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		TaskFacts changed = null;
		if (DETERMINISM.equals(id) && value instanceof Integer index && index >= 0 && index < CLASSES.length
				&& !CLASSES[index].equals(facts.determinism())) {
			changed = editor.setDeterminism(facts.id(), CLASSES[index]);
		} else if (STATUS.equals(id) && value instanceof Integer index && index >= 0 && index < STATUSES.length
				&& !STATUSES[index].equals(facts.implementationStatus())) {
			changed = editor.setImplementationStatus(facts.id(), STATUSES[index]);
		} else if (RULES.equals(id) && value instanceof String text && !ruleSetIds(text).equals(facts.rules())) {
			changed = editor.setRules(facts.id(), ruleSetIds(text));
		}
		if (changed != null) {
			facts = changed;
		}
	}

	/** @return the rule set ids typed in the Properties view: separated by commas or spaces, blanks dropped */
	static List<String> ruleSetIds(String text) {
		return Arrays.stream(text.split("[,\\s]+")).filter(name -> !name.isEmpty()).distinct().toList();
	}
}
