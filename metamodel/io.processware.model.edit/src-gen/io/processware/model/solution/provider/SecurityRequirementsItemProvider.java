/**
 */
package io.processware.model.solution.provider;


import io.processware.model.solution.SecurityRequirements;
import io.processware.model.solution.SolutionFactory;
import io.processware.model.solution.SolutionPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.processware.model.solution.SecurityRequirements} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SecurityRequirementsItemProvider extends ModelElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecurityRequirementsItemProvider(AdapterFactory adapterFactory)
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

			addEncryptionAtRestRequiredPropertyDescriptor(object);
			addEncryptionInTransitRequiredPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Encryption At Rest Required feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEncryptionAtRestRequiredPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SecurityRequirements_encryptionAtRestRequired_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityRequirements_encryptionAtRestRequired_feature", "_UI_SecurityRequirements_type"),
				 SolutionPackage.Literals.SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Encryption In Transit Required feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEncryptionInTransitRequiredPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SecurityRequirements_encryptionInTransitRequired_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SecurityRequirements_encryptionInTransitRequired_feature", "_UI_SecurityRequirements_type"),
				 SolutionPackage.Literals.SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(SolutionPackage.Literals.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER);
			childrenFeatures.add(SolutionPackage.Literals.SECURITY_REQUIREMENTS__ROLES);
			childrenFeatures.add(SolutionPackage.Literals.SECURITY_REQUIREMENTS__PERMISSIONS);
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
	 * This returns SecurityRequirements.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SecurityRequirements"));
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
		String label = ((SecurityRequirements)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_SecurityRequirements_type") :
			getString("_UI_SecurityRequirements_type") + " " + label;
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

		switch (notification.getFeatureID(SecurityRequirements.class))
		{
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED:
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER:
			case SolutionPackage.SECURITY_REQUIREMENTS__ROLES:
			case SolutionPackage.SECURITY_REQUIREMENTS__PERMISSIONS:
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
				(SolutionPackage.Literals.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER,
				 SolutionFactory.eINSTANCE.createIdentityProvider()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SECURITY_REQUIREMENTS__ROLES,
				 SolutionFactory.eINSTANCE.createRole()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SECURITY_REQUIREMENTS__PERMISSIONS,
				 SolutionFactory.eINSTANCE.createPermission()));
	}

}
