/**
 */
package io.processware.model.generation.provider;


import io.processware.model.edit.ProcesswareEditPlugin;

import io.processware.model.generation.GenerationFactory;
import io.processware.model.generation.GenerationPackage;
import io.processware.model.generation.GenerationRun;

import io.processware.model.solution.provider.ModelElementItemProvider;

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
 * This is the item provider adapter for a {@link io.processware.model.generation.GenerationRun} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GenerationRunItemProvider extends ModelElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GenerationRunItemProvider(AdapterFactory adapterFactory)
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

			addStartedAtPropertyDescriptor(object);
			addFinishedAtPropertyDescriptor(object);
			addModelHashPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Started At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartedAtPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GenerationRun_startedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GenerationRun_startedAt_feature", "_UI_GenerationRun_type"),
				 GenerationPackage.Literals.GENERATION_RUN__STARTED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Finished At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFinishedAtPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GenerationRun_finishedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GenerationRun_finishedAt_feature", "_UI_GenerationRun_type"),
				 GenerationPackage.Literals.GENERATION_RUN__FINISHED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Hash feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelHashPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GenerationRun_modelHash_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GenerationRun_modelHash_feature", "_UI_GenerationRun_type"),
				 GenerationPackage.Literals.GENERATION_RUN__MODEL_HASH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GenerationRun_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GenerationRun_status_feature", "_UI_GenerationRun_type"),
				 GenerationPackage.Literals.GENERATION_RUN__STATUS,
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
			childrenFeatures.add(GenerationPackage.Literals.GENERATION_RUN__TEMPLATE_SETS);
			childrenFeatures.add(GenerationPackage.Literals.GENERATION_RUN__PHASES);
			childrenFeatures.add(GenerationPackage.Literals.GENERATION_RUN__ARTEFACTS);
			childrenFeatures.add(GenerationPackage.Literals.GENERATION_RUN__QUEUES);
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
	 * This returns GenerationRun.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GenerationRun"));
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
		String label = ((GenerationRun)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_GenerationRun_type") :
			getString("_UI_GenerationRun_type") + " " + label;
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

		switch (notification.getFeatureID(GenerationRun.class))
		{
			case GenerationPackage.GENERATION_RUN__STARTED_AT:
			case GenerationPackage.GENERATION_RUN__FINISHED_AT:
			case GenerationPackage.GENERATION_RUN__MODEL_HASH:
			case GenerationPackage.GENERATION_RUN__STATUS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case GenerationPackage.GENERATION_RUN__TEMPLATE_SETS:
			case GenerationPackage.GENERATION_RUN__PHASES:
			case GenerationPackage.GENERATION_RUN__ARTEFACTS:
			case GenerationPackage.GENERATION_RUN__QUEUES:
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
				(GenerationPackage.Literals.GENERATION_RUN__TEMPLATE_SETS,
				 GenerationFactory.eINSTANCE.createTemplateSetVersion()));

		newChildDescriptors.add
			(createChildParameter
				(GenerationPackage.Literals.GENERATION_RUN__PHASES,
				 GenerationFactory.eINSTANCE.createGenerationPhase()));

		newChildDescriptors.add
			(createChildParameter
				(GenerationPackage.Literals.GENERATION_RUN__ARTEFACTS,
				 GenerationFactory.eINSTANCE.createGeneratedArtefact()));

		newChildDescriptors.add
			(createChildParameter
				(GenerationPackage.Literals.GENERATION_RUN__QUEUES,
				 GenerationFactory.eINSTANCE.createAssemblyQueue()));
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
