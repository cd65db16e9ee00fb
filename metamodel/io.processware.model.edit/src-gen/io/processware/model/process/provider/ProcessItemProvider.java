/**
 */
package io.processware.model.process.provider;


import io.processware.model.edit.ProcesswareEditPlugin;

import io.processware.model.process.ProcessFactory;
import io.processware.model.process.ProcessPackage;

import io.processware.model.solution.provider.NamedElementItemProvider;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.processware.model.process.Process} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProcessItemProvider extends NamedElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addBpmnFilePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Bpmn File feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBpmnFilePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Process_bpmnFile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Process_bpmnFile_feature", "_UI_Process_type"),
				 ProcessPackage.Literals.PROCESS__BPMN_FILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(ProcessPackage.Literals.FLOW_SCOPE__NODES);
			childrenFeatures.add(ProcessPackage.Literals.FLOW_SCOPE__SEQUENCE_FLOWS);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__PARTICIPANTS);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__LANES);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__MESSAGE_FLOWS);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__DATA_OBJECTS);
			childrenFeatures.add(ProcessPackage.Literals.PROCESS__DATA_STORES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Process.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Process"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((io.processware.model.process.Process)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Process_type") :
			getString("_UI_Process_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(io.processware.model.process.Process.class))
		{
			case ProcessPackage.PROCESS__BPMN_FILE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProcessPackage.PROCESS__NODES:
			case ProcessPackage.PROCESS__SEQUENCE_FLOWS:
			case ProcessPackage.PROCESS__PARTICIPANTS:
			case ProcessPackage.PROCESS__LANES:
			case ProcessPackage.PROCESS__MESSAGE_FLOWS:
			case ProcessPackage.PROCESS__DATA_OBJECTS:
			case ProcessPackage.PROCESS__DATA_STORES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createStartEvent()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createEndEvent()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createIntermediateEvent()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createBoundaryEvent()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createUserTask()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createServiceTask()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createScriptTask()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createBusinessRuleTask()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createSendTask()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createReceiveTask()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createSubProcess()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createCallActivity()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createExclusiveGateway()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createInclusiveGateway()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createParallelGateway()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__NODES,
				 ProcessFactory.eINSTANCE.createEventBasedGateway()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.FLOW_SCOPE__SEQUENCE_FLOWS,
				 ProcessFactory.eINSTANCE.createSequenceFlow()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__PARTICIPANTS,
				 ProcessFactory.eINSTANCE.createParticipant()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__LANES,
				 ProcessFactory.eINSTANCE.createLane()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__MESSAGE_FLOWS,
				 ProcessFactory.eINSTANCE.createMessageFlow()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__DATA_OBJECTS,
				 ProcessFactory.eINSTANCE.createDataObject()));

		newChildDescriptors.add
			(createChildParameter
				(ProcessPackage.Literals.PROCESS__DATA_STORES,
				 ProcessFactory.eINSTANCE.createDataStore()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		return ProcesswareEditPlugin.INSTANCE;
	}

}
