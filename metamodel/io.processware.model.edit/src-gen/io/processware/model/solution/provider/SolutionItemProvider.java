/**
 */
package io.processware.model.solution.provider;


import io.processware.model.domain.DomainFactory;

import io.processware.model.generation.GenerationFactory;

import io.processware.model.process.ProcessFactory;

import io.processware.model.review.ReviewFactory;

import io.processware.model.solution.Solution;
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
 * This is the item provider adapter for a {@link io.processware.model.solution.Solution} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SolutionItemProvider extends NamedElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SolutionItemProvider(AdapterFactory adapterFactory)
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

			addVersionPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addFourEyesReviewPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Solution_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Solution_version_feature", "_UI_Solution_type"),
				 SolutionPackage.Literals.SOLUTION__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Solution_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Solution_owner_feature", "_UI_Solution_type"),
				 SolutionPackage.Literals.SOLUTION__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Four Eyes Review feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFourEyesReviewPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Solution_fourEyesReview_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Solution_fourEyesReview_feature", "_UI_Solution_type"),
				 SolutionPackage.Literals.SOLUTION__FOUR_EYES_REVIEW,
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
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__DOMAINS);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__PROCESSES);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__RULE_SETS);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__LEGACY_SYSTEMS);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__ENVIRONMENTS);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__SERVICE_LEVEL_OBJECTIVES);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__FIN_OPS);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__SECURITY);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__QUALITY_GATES);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__REVIEW_BOARDS);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__ARTEFACT_ROUTES);
			childrenFeatures.add(SolutionPackage.Literals.SOLUTION__GENERATION_RUNS);
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
	 * This returns Solution.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Solution"));
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
		String label = ((Solution)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Solution_type") :
			getString("_UI_Solution_type") + " " + label;
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

		switch (notification.getFeatureID(Solution.class))
		{
			case SolutionPackage.SOLUTION__VERSION:
			case SolutionPackage.SOLUTION__OWNER:
			case SolutionPackage.SOLUTION__FOUR_EYES_REVIEW:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SolutionPackage.SOLUTION__DOMAINS:
			case SolutionPackage.SOLUTION__PROCESSES:
			case SolutionPackage.SOLUTION__RULE_SETS:
			case SolutionPackage.SOLUTION__LEGACY_SYSTEMS:
			case SolutionPackage.SOLUTION__ENVIRONMENTS:
			case SolutionPackage.SOLUTION__SERVICE_LEVEL_OBJECTIVES:
			case SolutionPackage.SOLUTION__FIN_OPS:
			case SolutionPackage.SOLUTION__SECURITY:
			case SolutionPackage.SOLUTION__QUALITY_GATES:
			case SolutionPackage.SOLUTION__REVIEW_BOARDS:
			case SolutionPackage.SOLUTION__ARTEFACT_ROUTES:
			case SolutionPackage.SOLUTION__GENERATION_RUNS:
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
				(SolutionPackage.Literals.SOLUTION__DOMAINS,
				 DomainFactory.eINSTANCE.createDomain()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__PROCESSES,
				 ProcessFactory.eINSTANCE.createProcess()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__RULE_SETS,
				 SolutionFactory.eINSTANCE.createRuleSet()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__LEGACY_SYSTEMS,
				 SolutionFactory.eINSTANCE.createLegacySystem()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__ENVIRONMENTS,
				 SolutionFactory.eINSTANCE.createEnvironment()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__SERVICE_LEVEL_OBJECTIVES,
				 SolutionFactory.eINSTANCE.createServiceLevelObjective()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__FIN_OPS,
				 SolutionFactory.eINSTANCE.createFinOpsSettings()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__SECURITY,
				 SolutionFactory.eINSTANCE.createSecurityRequirements()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__QUALITY_GATES,
				 SolutionFactory.eINSTANCE.createQualityGate()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__REVIEW_BOARDS,
				 ReviewFactory.eINSTANCE.createReviewBoard()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__ARTEFACT_ROUTES,
				 ReviewFactory.eINSTANCE.createArtefactRoute()));

		newChildDescriptors.add
			(createChildParameter
				(SolutionPackage.Literals.SOLUTION__GENERATION_RUNS,
				 GenerationFactory.eINSTANCE.createGenerationRun()));
	}

}
