package io.processware.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * One model element in the Properties view, described by its item provider's property descriptors
 * (names, categories, which are editable). Every change is a {@link SetCommand} on the editor's
 * command stack, so Undo and Redo work and the editor becomes dirty. Without an editing domain (the
 * Project Explorer's read-only models) every property is shown and none can be edited.
 */
final class ModelPropertySource implements IPropertySource {
	private static final String[] BOOLEANS = { "false", "true" };
	private final EObject object;
	private final EditingDomain domain;
	private final AdapterFactory factory;

	/** @param domain the editor's editing domain, or null for read-only properties */
	ModelPropertySource(EObject object, EditingDomain domain, AdapterFactory factory) {
		this.object = object;
		this.domain = domain;
		this.factory = factory;
	}

	private List<IItemPropertyDescriptor> itemDescriptors() {
		IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
		return source == null ? List.of() : source.getPropertyDescriptors(object);
	}

	private IItemPropertyDescriptor itemDescriptor(Object id) {
		return itemDescriptors().stream().filter(d -> d.getId(object).equals(id)).findFirst().orElse(null);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (IItemPropertyDescriptor item : itemDescriptors()) {
			String id = item.getId(object);
			String name = item.getDisplayName(object);
			PropertyDescriptor descriptor;
			EStructuralFeature feature = (EStructuralFeature) item.getFeature(object);
			boolean editable = editable(item, feature);
			if (!editable) {
				descriptor = new PropertyDescriptor(id, name);
			} else if (feature.getEType() instanceof EEnum enumeration) {
				descriptor = new ComboBoxPropertyDescriptor(id, name,
						enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
			} else if (isBoolean(feature)) {
				descriptor = new ComboBoxPropertyDescriptor(id, name, BOOLEANS);
			} else {
				descriptor = new TextPropertyDescriptor(id, name);
			}
			descriptor.setCategory(item.getCategory(object));
			descriptor.setDescription(item.getDescription(object));
			descriptors.add(descriptor);
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	private boolean editable(IItemPropertyDescriptor item, EStructuralFeature feature) {
		return domain != null && item.canSetProperty(object) && feature instanceof EAttribute && !feature.isMany();
	}

	private static boolean isBoolean(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = itemDescriptor(id);
		if (item == null) {
			return null;
		}
		EStructuralFeature feature = (EStructuralFeature) item.getFeature(object);
		Object value = object.eGet(feature);
		if (editable(item, feature)) {
			if (feature.getEType() instanceof EEnum enumeration) {
				return enumeration.getELiterals().indexOf(enumeration.getEEnumLiteralByLiteral(String.valueOf(value)));
			}
			if (isBoolean(feature)) {
				return Boolean.TRUE.equals(value) ? 1 : 0;
			}
			return value == null ? "" : EcoreUtil.convertToString((EDataType) feature.getEType(), value);
		}
		IItemLabelProvider labels = item.getLabelProvider(object);
		return labels.getText(value);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor item = itemDescriptor(id);
		EStructuralFeature feature = item == null ? null : (EStructuralFeature) item.getFeature(object);
		if (feature == null || !editable(item, feature)) {
			return;
		}
		Object newValue;
		if (feature.getEType() instanceof EEnum enumeration) {
			newValue = enumeration.getELiterals().get((Integer) value).getInstance();
		} else if (isBoolean(feature)) {
			newValue = Integer.valueOf(1).equals(value);
		} else {
			String text = String.valueOf(value);
			newValue = text.isEmpty() && !feature.getEType().getInstanceClass().isPrimitive() ? null
					: EcoreUtil.createFromString((EDataType) feature.getEType(), text);
		}
		if (java.util.Objects.equals(newValue, object.eGet(feature))) {
			return;
		}
		Command command = SetCommand.create(domain, object, feature, newValue == null ? SetCommand.UNSET_VALUE : newValue);
		domain.getCommandStack().execute(command);
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
	}

}
