/**
 */
package io.processware.model.review.impl;

import io.processware.model.generation.ArtefactKind;
import io.processware.model.generation.AssemblyQueueKind;

import io.processware.model.review.ArtefactRoute;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewPackage;

import io.processware.model.solution.impl.ModelElementImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Artefact Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.review.impl.ArtefactRouteImpl#getArtefactKind <em>Artefact Kind</em>}</li>
 *   <li>{@link io.processware.model.review.impl.ArtefactRouteImpl#getBoards <em>Boards</em>}</li>
 *   <li>{@link io.processware.model.review.impl.ArtefactRouteImpl#getQueue <em>Queue</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArtefactRouteImpl extends ModelElementImpl implements ArtefactRoute
{
	/**
	 * The default value of the '{@link #getArtefactKind() <em>Artefact Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtefactKind()
	 * @generated
	 * @ordered
	 */
	protected static final ArtefactKind ARTEFACT_KIND_EDEFAULT = ArtefactKind.APPLICATION_CODE;

	/**
	 * The cached value of the '{@link #getArtefactKind() <em>Artefact Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtefactKind()
	 * @generated
	 * @ordered
	 */
	protected ArtefactKind artefactKind = ARTEFACT_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBoards() <em>Boards</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoards()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewBoard> boards;

	/**
	 * The default value of the '{@link #getQueue() <em>Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueue()
	 * @generated
	 * @ordered
	 */
	protected static final AssemblyQueueKind QUEUE_EDEFAULT = AssemblyQueueKind.A;

	/**
	 * The cached value of the '{@link #getQueue() <em>Queue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueue()
	 * @generated
	 * @ordered
	 */
	protected AssemblyQueueKind queue = QUEUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArtefactRouteImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return ReviewPackage.Literals.ARTEFACT_ROUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArtefactKind getArtefactKind()
	{
		return artefactKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArtefactKind(ArtefactKind newArtefactKind)
	{
		ArtefactKind oldArtefactKind = artefactKind;
		artefactKind = newArtefactKind == null ? ARTEFACT_KIND_EDEFAULT : newArtefactKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ARTEFACT_ROUTE__ARTEFACT_KIND, oldArtefactKind, artefactKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewBoard> getBoards()
	{
		if (boards == null)
		{
			boards = new EObjectResolvingEList<ReviewBoard>(ReviewBoard.class, this, ReviewPackage.ARTEFACT_ROUTE__BOARDS);
		}
		return boards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssemblyQueueKind getQueue()
	{
		return queue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueue(AssemblyQueueKind newQueue)
	{
		AssemblyQueueKind oldQueue = queue;
		queue = newQueue == null ? QUEUE_EDEFAULT : newQueue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ARTEFACT_ROUTE__QUEUE, oldQueue, queue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case ReviewPackage.ARTEFACT_ROUTE__ARTEFACT_KIND:
				return getArtefactKind();
			case ReviewPackage.ARTEFACT_ROUTE__BOARDS:
				return getBoards();
			case ReviewPackage.ARTEFACT_ROUTE__QUEUE:
				return getQueue();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ReviewPackage.ARTEFACT_ROUTE__ARTEFACT_KIND:
				setArtefactKind((ArtefactKind)newValue);
				return;
			case ReviewPackage.ARTEFACT_ROUTE__BOARDS:
				getBoards().clear();
				getBoards().addAll((Collection<? extends ReviewBoard>)newValue);
				return;
			case ReviewPackage.ARTEFACT_ROUTE__QUEUE:
				setQueue((AssemblyQueueKind)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case ReviewPackage.ARTEFACT_ROUTE__ARTEFACT_KIND:
				setArtefactKind(ARTEFACT_KIND_EDEFAULT);
				return;
			case ReviewPackage.ARTEFACT_ROUTE__BOARDS:
				getBoards().clear();
				return;
			case ReviewPackage.ARTEFACT_ROUTE__QUEUE:
				setQueue(QUEUE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case ReviewPackage.ARTEFACT_ROUTE__ARTEFACT_KIND:
				return artefactKind != ARTEFACT_KIND_EDEFAULT;
			case ReviewPackage.ARTEFACT_ROUTE__BOARDS:
				return boards != null && !boards.isEmpty();
			case ReviewPackage.ARTEFACT_ROUTE__QUEUE:
				return queue != QUEUE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (artefactKind: ");
		result.append(artefactKind);
		result.append(", queue: ");
		result.append(queue);
		result.append(')');
		return result.toString();
	}

} //ArtefactRouteImpl
