/**
 */
package io.processware.model.solution.impl;

import io.processware.model.solution.IdentityProvider;
import io.processware.model.solution.Permission;
import io.processware.model.solution.Role;
import io.processware.model.solution.SecurityRequirements;
import io.processware.model.solution.SolutionPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Security Requirements</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.SecurityRequirementsImpl#getIdentityProvider <em>Identity Provider</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SecurityRequirementsImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SecurityRequirementsImpl#getPermissions <em>Permissions</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SecurityRequirementsImpl#isEncryptionAtRestRequired <em>Encryption At Rest Required</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SecurityRequirementsImpl#isEncryptionInTransitRequired <em>Encryption In Transit Required</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecurityRequirementsImpl extends ModelElementImpl implements SecurityRequirements
{
	/**
	 * The cached value of the '{@link #getIdentityProvider() <em>Identity Provider</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityProvider()
	 * @generated
	 * @ordered
	 */
	protected IdentityProvider identityProvider;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getPermissions() <em>Permissions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermissions()
	 * @generated
	 * @ordered
	 */
	protected EList<Permission> permissions;

	/**
	 * The default value of the '{@link #isEncryptionAtRestRequired() <em>Encryption At Rest Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptionAtRestRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTION_AT_REST_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncryptionAtRestRequired() <em>Encryption At Rest Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptionAtRestRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean encryptionAtRestRequired = ENCRYPTION_AT_REST_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncryptionInTransitRequired() <em>Encryption In Transit Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptionInTransitRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTION_IN_TRANSIT_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncryptionInTransitRequired() <em>Encryption In Transit Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptionInTransitRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean encryptionInTransitRequired = ENCRYPTION_IN_TRANSIT_REQUIRED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SecurityRequirementsImpl()
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
		return SolutionPackage.Literals.SECURITY_REQUIREMENTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentityProvider getIdentityProvider()
	{
		return identityProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdentityProvider(IdentityProvider newIdentityProvider, NotificationChain msgs)
	{
		IdentityProvider oldIdentityProvider = identityProvider;
		identityProvider = newIdentityProvider;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER, oldIdentityProvider, newIdentityProvider);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentityProvider(IdentityProvider newIdentityProvider)
	{
		if (newIdentityProvider != identityProvider)
		{
			NotificationChain msgs = null;
			if (identityProvider != null)
				msgs = ((InternalEObject)identityProvider).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER, null, msgs);
			if (newIdentityProvider != null)
				msgs = ((InternalEObject)newIdentityProvider).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER, null, msgs);
			msgs = basicSetIdentityProvider(newIdentityProvider, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER, newIdentityProvider, newIdentityProvider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles()
	{
		if (roles == null)
		{
			roles = new EObjectContainmentEList<Role>(Role.class, this, SolutionPackage.SECURITY_REQUIREMENTS__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Permission> getPermissions()
	{
		if (permissions == null)
		{
			permissions = new EObjectContainmentEList<Permission>(Permission.class, this, SolutionPackage.SECURITY_REQUIREMENTS__PERMISSIONS);
		}
		return permissions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncryptionAtRestRequired()
	{
		return encryptionAtRestRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryptionAtRestRequired(boolean newEncryptionAtRestRequired)
	{
		boolean oldEncryptionAtRestRequired = encryptionAtRestRequired;
		encryptionAtRestRequired = newEncryptionAtRestRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED, oldEncryptionAtRestRequired, encryptionAtRestRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncryptionInTransitRequired()
	{
		return encryptionInTransitRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryptionInTransitRequired(boolean newEncryptionInTransitRequired)
	{
		boolean oldEncryptionInTransitRequired = encryptionInTransitRequired;
		encryptionInTransitRequired = newEncryptionInTransitRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED, oldEncryptionInTransitRequired, encryptionInTransitRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER:
				return basicSetIdentityProvider(null, msgs);
			case SolutionPackage.SECURITY_REQUIREMENTS__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SECURITY_REQUIREMENTS__PERMISSIONS:
				return ((InternalEList<?>)getPermissions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER:
				return getIdentityProvider();
			case SolutionPackage.SECURITY_REQUIREMENTS__ROLES:
				return getRoles();
			case SolutionPackage.SECURITY_REQUIREMENTS__PERMISSIONS:
				return getPermissions();
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED:
				return isEncryptionAtRestRequired();
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED:
				return isEncryptionInTransitRequired();
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
			case SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER:
				setIdentityProvider((IdentityProvider)newValue);
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__PERMISSIONS:
				getPermissions().clear();
				getPermissions().addAll((Collection<? extends Permission>)newValue);
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED:
				setEncryptionAtRestRequired((Boolean)newValue);
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED:
				setEncryptionInTransitRequired((Boolean)newValue);
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
			case SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER:
				setIdentityProvider((IdentityProvider)null);
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__ROLES:
				getRoles().clear();
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__PERMISSIONS:
				getPermissions().clear();
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED:
				setEncryptionAtRestRequired(ENCRYPTION_AT_REST_REQUIRED_EDEFAULT);
				return;
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED:
				setEncryptionInTransitRequired(ENCRYPTION_IN_TRANSIT_REQUIRED_EDEFAULT);
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
			case SolutionPackage.SECURITY_REQUIREMENTS__IDENTITY_PROVIDER:
				return identityProvider != null;
			case SolutionPackage.SECURITY_REQUIREMENTS__ROLES:
				return roles != null && !roles.isEmpty();
			case SolutionPackage.SECURITY_REQUIREMENTS__PERMISSIONS:
				return permissions != null && !permissions.isEmpty();
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_AT_REST_REQUIRED:
				return encryptionAtRestRequired != ENCRYPTION_AT_REST_REQUIRED_EDEFAULT;
			case SolutionPackage.SECURITY_REQUIREMENTS__ENCRYPTION_IN_TRANSIT_REQUIRED:
				return encryptionInTransitRequired != ENCRYPTION_IN_TRANSIT_REQUIRED_EDEFAULT;
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
		result.append(" (encryptionAtRestRequired: ");
		result.append(encryptionAtRestRequired);
		result.append(", encryptionInTransitRequired: ");
		result.append(encryptionInTransitRequired);
		result.append(')');
		return result.toString();
	}

} //SecurityRequirementsImpl
