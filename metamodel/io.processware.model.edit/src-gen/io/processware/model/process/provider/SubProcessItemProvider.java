/**
 */
package io.processware.model.process.provider;


import io.processware.model.process.ProcessFactory;
import io.processware.model.process.ProcessPackage;
import io.processware.model.process.SubProcess;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.processware.model.process.SubProcess} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SubProcessItemProvider extends ActivityItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubProcessItemProvider(AdapterFactory adapterFactory)
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

		}
		return itemPropertyDescriptors;
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
	 * This returns SubProcess.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SubProcess"));
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
		String label = ((SubProcess)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_SubProcess_type") :
			getString("_UI_SubProcess_type") + " " + label;
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

		switch (notification.getFeatureID(SubProcess.class))
		{
			case ProcessPackage.SUB_PROCESS__NODES:
			case ProcessPackage.SUB_PROCESS__SEQUENCE_FLOWS:
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
	}

}
