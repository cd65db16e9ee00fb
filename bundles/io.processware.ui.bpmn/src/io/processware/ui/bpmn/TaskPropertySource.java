package io.processware.ui.bpmn;

import java.util.Arrays;

import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.processware.model.process.Determinism;

/**
 * A diagram element in the Properties view: its id, name and type, and for tasks Processware's facts
 * (determinism, implementation status, rules used). Changing the determinism here changes the
 * task's {@code pw:taskProfile} in the diagram, as one undoable diagram command.
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

	private final BpmnEditor editor;
	private TaskFacts facts;

	TaskPropertySource(BpmnEditor editor, TaskFacts facts) {
		this.editor = editor;
		this.facts = facts;
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
				described(new PropertyDescriptor(STATUS, "Implementation status"), "Processware"),
				described(new PropertyDescriptor(RULES, "Rules used"), "Processware") };
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
		case STATUS -> facts.implementationStatus();
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
		if (DETERMINISM.equals(id) && value instanceof Integer index && index >= 0 && index < CLASSES.length
				&& !CLASSES[index].equals(facts.determinism())) {
			TaskFacts changed = editor.setDeterminism(facts.id(), CLASSES[index]);
			if (changed != null) {
				facts = changed;
			}
		}
	}
}
