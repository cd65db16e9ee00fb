/**
 */
package io.processware.model.solution.impl;

import io.processware.model.domain.Domain;

import io.processware.model.generation.GenerationRun;

import io.processware.model.review.ArtefactRoute;
import io.processware.model.review.ReviewBoard;

import io.processware.model.solution.Environment;
import io.processware.model.solution.FinOpsSettings;
import io.processware.model.solution.LegacySystem;
import io.processware.model.solution.QualityGate;
import io.processware.model.solution.RuleSet;
import io.processware.model.solution.SecurityRequirements;
import io.processware.model.solution.ServiceLevelObjective;
import io.processware.model.solution.Solution;
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
 * An implementation of the model object '<em><b>Solution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getProcesses <em>Processes</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getRuleSets <em>Rule Sets</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getLegacySystems <em>Legacy Systems</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getEnvironments <em>Environments</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getServiceLevelObjectives <em>Service Level Objectives</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getFinOps <em>Fin Ops</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getSecurity <em>Security</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getQualityGates <em>Quality Gates</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getReviewBoards <em>Review Boards</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getArtefactRoutes <em>Artefact Routes</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#getGenerationRuns <em>Generation Runs</em>}</li>
 *   <li>{@link io.processware.model.solution.impl.SolutionImpl#isFourEyesReview <em>Four Eyes Review</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SolutionImpl extends NamedElementImpl implements Solution
{
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Domain> domains;

	/**
	 * The cached value of the '{@link #getProcesses() <em>Processes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcesses()
	 * @generated
	 * @ordered
	 */
	protected EList<io.processware.model.process.Process> processes;

	/**
	 * The cached value of the '{@link #getRuleSets() <em>Rule Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleSets()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleSet> ruleSets;

	/**
	 * The cached value of the '{@link #getLegacySystems() <em>Legacy Systems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegacySystems()
	 * @generated
	 * @ordered
	 */
	protected EList<LegacySystem> legacySystems;

	/**
	 * The cached value of the '{@link #getEnvironments() <em>Environments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironments()
	 * @generated
	 * @ordered
	 */
	protected EList<Environment> environments;

	/**
	 * The cached value of the '{@link #getServiceLevelObjectives() <em>Service Level Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevelObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceLevelObjective> serviceLevelObjectives;

	/**
	 * The cached value of the '{@link #getFinOps() <em>Fin Ops</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinOps()
	 * @generated
	 * @ordered
	 */
	protected FinOpsSettings finOps;

	/**
	 * The cached value of the '{@link #getSecurity() <em>Security</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurity()
	 * @generated
	 * @ordered
	 */
	protected SecurityRequirements security;

	/**
	 * The cached value of the '{@link #getQualityGates() <em>Quality Gates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualityGates()
	 * @generated
	 * @ordered
	 */
	protected EList<QualityGate> qualityGates;

	/**
	 * The cached value of the '{@link #getReviewBoards() <em>Review Boards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewBoards()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewBoard> reviewBoards;

	/**
	 * The cached value of the '{@link #getArtefactRoutes() <em>Artefact Routes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtefactRoutes()
	 * @generated
	 * @ordered
	 */
	protected EList<ArtefactRoute> artefactRoutes;

	/**
	 * The cached value of the '{@link #getGenerationRuns() <em>Generation Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenerationRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<GenerationRun> generationRuns;

	/**
	 * The default value of the '{@link #isFourEyesReview() <em>Four Eyes Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFourEyesReview()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FOUR_EYES_REVIEW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFourEyesReview() <em>Four Eyes Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFourEyesReview()
	 * @generated
	 * @ordered
	 */
	protected boolean fourEyesReview = FOUR_EYES_REVIEW_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SolutionImpl()
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
		return SolutionPackage.Literals.SOLUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion()
	{
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion)
	{
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SOLUTION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner)
	{
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SOLUTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains()
	{
		if (domains == null)
		{
			domains = new EObjectContainmentEList<Domain>(Domain.class, this, SolutionPackage.SOLUTION__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<io.processware.model.process.Process> getProcesses()
	{
		if (processes == null)
		{
			processes = new EObjectContainmentEList<io.processware.model.process.Process>(io.processware.model.process.Process.class, this, SolutionPackage.SOLUTION__PROCESSES);
		}
		return processes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleSet> getRuleSets()
	{
		if (ruleSets == null)
		{
			ruleSets = new EObjectContainmentEList<RuleSet>(RuleSet.class, this, SolutionPackage.SOLUTION__RULE_SETS);
		}
		return ruleSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LegacySystem> getLegacySystems()
	{
		if (legacySystems == null)
		{
			legacySystems = new EObjectContainmentEList<LegacySystem>(LegacySystem.class, this, SolutionPackage.SOLUTION__LEGACY_SYSTEMS);
		}
		return legacySystems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Environment> getEnvironments()
	{
		if (environments == null)
		{
			environments = new EObjectContainmentEList<Environment>(Environment.class, this, SolutionPackage.SOLUTION__ENVIRONMENTS);
		}
		return environments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceLevelObjective> getServiceLevelObjectives()
	{
		if (serviceLevelObjectives == null)
		{
			serviceLevelObjectives = new EObjectContainmentEList<ServiceLevelObjective>(ServiceLevelObjective.class, this, SolutionPackage.SOLUTION__SERVICE_LEVEL_OBJECTIVES);
		}
		return serviceLevelObjectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FinOpsSettings getFinOps()
	{
		return finOps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFinOps(FinOpsSettings newFinOps, NotificationChain msgs)
	{
		FinOpsSettings oldFinOps = finOps;
		finOps = newFinOps;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SolutionPackage.SOLUTION__FIN_OPS, oldFinOps, newFinOps);
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
	public void setFinOps(FinOpsSettings newFinOps)
	{
		if (newFinOps != finOps)
		{
			NotificationChain msgs = null;
			if (finOps != null)
				msgs = ((InternalEObject)finOps).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SolutionPackage.SOLUTION__FIN_OPS, null, msgs);
			if (newFinOps != null)
				msgs = ((InternalEObject)newFinOps).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SolutionPackage.SOLUTION__FIN_OPS, null, msgs);
			msgs = basicSetFinOps(newFinOps, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SOLUTION__FIN_OPS, newFinOps, newFinOps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityRequirements getSecurity()
	{
		return security;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecurity(SecurityRequirements newSecurity, NotificationChain msgs)
	{
		SecurityRequirements oldSecurity = security;
		security = newSecurity;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SolutionPackage.SOLUTION__SECURITY, oldSecurity, newSecurity);
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
	public void setSecurity(SecurityRequirements newSecurity)
	{
		if (newSecurity != security)
		{
			NotificationChain msgs = null;
			if (security != null)
				msgs = ((InternalEObject)security).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SolutionPackage.SOLUTION__SECURITY, null, msgs);
			if (newSecurity != null)
				msgs = ((InternalEObject)newSecurity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SolutionPackage.SOLUTION__SECURITY, null, msgs);
			msgs = basicSetSecurity(newSecurity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SOLUTION__SECURITY, newSecurity, newSecurity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QualityGate> getQualityGates()
	{
		if (qualityGates == null)
		{
			qualityGates = new EObjectContainmentEList<QualityGate>(QualityGate.class, this, SolutionPackage.SOLUTION__QUALITY_GATES);
		}
		return qualityGates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewBoard> getReviewBoards()
	{
		if (reviewBoards == null)
		{
			reviewBoards = new EObjectContainmentEList<ReviewBoard>(ReviewBoard.class, this, SolutionPackage.SOLUTION__REVIEW_BOARDS);
		}
		return reviewBoards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArtefactRoute> getArtefactRoutes()
	{
		if (artefactRoutes == null)
		{
			artefactRoutes = new EObjectContainmentEList<ArtefactRoute>(ArtefactRoute.class, this, SolutionPackage.SOLUTION__ARTEFACT_ROUTES);
		}
		return artefactRoutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GenerationRun> getGenerationRuns()
	{
		if (generationRuns == null)
		{
			generationRuns = new EObjectContainmentEList<GenerationRun>(GenerationRun.class, this, SolutionPackage.SOLUTION__GENERATION_RUNS);
		}
		return generationRuns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFourEyesReview()
	{
		return fourEyesReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFourEyesReview(boolean newFourEyesReview)
	{
		boolean oldFourEyesReview = fourEyesReview;
		fourEyesReview = newFourEyesReview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SolutionPackage.SOLUTION__FOUR_EYES_REVIEW, oldFourEyesReview, fourEyesReview));
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
			case SolutionPackage.SOLUTION__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__PROCESSES:
				return ((InternalEList<?>)getProcesses()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__RULE_SETS:
				return ((InternalEList<?>)getRuleSets()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__LEGACY_SYSTEMS:
				return ((InternalEList<?>)getLegacySystems()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__ENVIRONMENTS:
				return ((InternalEList<?>)getEnvironments()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__SERVICE_LEVEL_OBJECTIVES:
				return ((InternalEList<?>)getServiceLevelObjectives()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__FIN_OPS:
				return basicSetFinOps(null, msgs);
			case SolutionPackage.SOLUTION__SECURITY:
				return basicSetSecurity(null, msgs);
			case SolutionPackage.SOLUTION__QUALITY_GATES:
				return ((InternalEList<?>)getQualityGates()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__REVIEW_BOARDS:
				return ((InternalEList<?>)getReviewBoards()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__ARTEFACT_ROUTES:
				return ((InternalEList<?>)getArtefactRoutes()).basicRemove(otherEnd, msgs);
			case SolutionPackage.SOLUTION__GENERATION_RUNS:
				return ((InternalEList<?>)getGenerationRuns()).basicRemove(otherEnd, msgs);
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
			case SolutionPackage.SOLUTION__VERSION:
				return getVersion();
			case SolutionPackage.SOLUTION__OWNER:
				return getOwner();
			case SolutionPackage.SOLUTION__DOMAINS:
				return getDomains();
			case SolutionPackage.SOLUTION__PROCESSES:
				return getProcesses();
			case SolutionPackage.SOLUTION__RULE_SETS:
				return getRuleSets();
			case SolutionPackage.SOLUTION__LEGACY_SYSTEMS:
				return getLegacySystems();
			case SolutionPackage.SOLUTION__ENVIRONMENTS:
				return getEnvironments();
			case SolutionPackage.SOLUTION__SERVICE_LEVEL_OBJECTIVES:
				return getServiceLevelObjectives();
			case SolutionPackage.SOLUTION__FIN_OPS:
				return getFinOps();
			case SolutionPackage.SOLUTION__SECURITY:
				return getSecurity();
			case SolutionPackage.SOLUTION__QUALITY_GATES:
				return getQualityGates();
			case SolutionPackage.SOLUTION__REVIEW_BOARDS:
				return getReviewBoards();
			case SolutionPackage.SOLUTION__ARTEFACT_ROUTES:
				return getArtefactRoutes();
			case SolutionPackage.SOLUTION__GENERATION_RUNS:
				return getGenerationRuns();
			case SolutionPackage.SOLUTION__FOUR_EYES_REVIEW:
				return isFourEyesReview();
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
			case SolutionPackage.SOLUTION__VERSION:
				setVersion((String)newValue);
				return;
			case SolutionPackage.SOLUTION__OWNER:
				setOwner((String)newValue);
				return;
			case SolutionPackage.SOLUTION__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case SolutionPackage.SOLUTION__PROCESSES:
				getProcesses().clear();
				getProcesses().addAll((Collection<? extends io.processware.model.process.Process>)newValue);
				return;
			case SolutionPackage.SOLUTION__RULE_SETS:
				getRuleSets().clear();
				getRuleSets().addAll((Collection<? extends RuleSet>)newValue);
				return;
			case SolutionPackage.SOLUTION__LEGACY_SYSTEMS:
				getLegacySystems().clear();
				getLegacySystems().addAll((Collection<? extends LegacySystem>)newValue);
				return;
			case SolutionPackage.SOLUTION__ENVIRONMENTS:
				getEnvironments().clear();
				getEnvironments().addAll((Collection<? extends Environment>)newValue);
				return;
			case SolutionPackage.SOLUTION__SERVICE_LEVEL_OBJECTIVES:
				getServiceLevelObjectives().clear();
				getServiceLevelObjectives().addAll((Collection<? extends ServiceLevelObjective>)newValue);
				return;
			case SolutionPackage.SOLUTION__FIN_OPS:
				setFinOps((FinOpsSettings)newValue);
				return;
			case SolutionPackage.SOLUTION__SECURITY:
				setSecurity((SecurityRequirements)newValue);
				return;
			case SolutionPackage.SOLUTION__QUALITY_GATES:
				getQualityGates().clear();
				getQualityGates().addAll((Collection<? extends QualityGate>)newValue);
				return;
			case SolutionPackage.SOLUTION__REVIEW_BOARDS:
				getReviewBoards().clear();
				getReviewBoards().addAll((Collection<? extends ReviewBoard>)newValue);
				return;
			case SolutionPackage.SOLUTION__ARTEFACT_ROUTES:
				getArtefactRoutes().clear();
				getArtefactRoutes().addAll((Collection<? extends ArtefactRoute>)newValue);
				return;
			case SolutionPackage.SOLUTION__GENERATION_RUNS:
				getGenerationRuns().clear();
				getGenerationRuns().addAll((Collection<? extends GenerationRun>)newValue);
				return;
			case SolutionPackage.SOLUTION__FOUR_EYES_REVIEW:
				setFourEyesReview((Boolean)newValue);
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
			case SolutionPackage.SOLUTION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case SolutionPackage.SOLUTION__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case SolutionPackage.SOLUTION__DOMAINS:
				getDomains().clear();
				return;
			case SolutionPackage.SOLUTION__PROCESSES:
				getProcesses().clear();
				return;
			case SolutionPackage.SOLUTION__RULE_SETS:
				getRuleSets().clear();
				return;
			case SolutionPackage.SOLUTION__LEGACY_SYSTEMS:
				getLegacySystems().clear();
				return;
			case SolutionPackage.SOLUTION__ENVIRONMENTS:
				getEnvironments().clear();
				return;
			case SolutionPackage.SOLUTION__SERVICE_LEVEL_OBJECTIVES:
				getServiceLevelObjectives().clear();
				return;
			case SolutionPackage.SOLUTION__FIN_OPS:
				setFinOps((FinOpsSettings)null);
				return;
			case SolutionPackage.SOLUTION__SECURITY:
				setSecurity((SecurityRequirements)null);
				return;
			case SolutionPackage.SOLUTION__QUALITY_GATES:
				getQualityGates().clear();
				return;
			case SolutionPackage.SOLUTION__REVIEW_BOARDS:
				getReviewBoards().clear();
				return;
			case SolutionPackage.SOLUTION__ARTEFACT_ROUTES:
				getArtefactRoutes().clear();
				return;
			case SolutionPackage.SOLUTION__GENERATION_RUNS:
				getGenerationRuns().clear();
				return;
			case SolutionPackage.SOLUTION__FOUR_EYES_REVIEW:
				setFourEyesReview(FOUR_EYES_REVIEW_EDEFAULT);
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
			case SolutionPackage.SOLUTION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case SolutionPackage.SOLUTION__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case SolutionPackage.SOLUTION__DOMAINS:
				return domains != null && !domains.isEmpty();
			case SolutionPackage.SOLUTION__PROCESSES:
				return processes != null && !processes.isEmpty();
			case SolutionPackage.SOLUTION__RULE_SETS:
				return ruleSets != null && !ruleSets.isEmpty();
			case SolutionPackage.SOLUTION__LEGACY_SYSTEMS:
				return legacySystems != null && !legacySystems.isEmpty();
			case SolutionPackage.SOLUTION__ENVIRONMENTS:
				return environments != null && !environments.isEmpty();
			case SolutionPackage.SOLUTION__SERVICE_LEVEL_OBJECTIVES:
				return serviceLevelObjectives != null && !serviceLevelObjectives.isEmpty();
			case SolutionPackage.SOLUTION__FIN_OPS:
				return finOps != null;
			case SolutionPackage.SOLUTION__SECURITY:
				return security != null;
			case SolutionPackage.SOLUTION__QUALITY_GATES:
				return qualityGates != null && !qualityGates.isEmpty();
			case SolutionPackage.SOLUTION__REVIEW_BOARDS:
				return reviewBoards != null && !reviewBoards.isEmpty();
			case SolutionPackage.SOLUTION__ARTEFACT_ROUTES:
				return artefactRoutes != null && !artefactRoutes.isEmpty();
			case SolutionPackage.SOLUTION__GENERATION_RUNS:
				return generationRuns != null && !generationRuns.isEmpty();
			case SolutionPackage.SOLUTION__FOUR_EYES_REVIEW:
				return fourEyesReview != FOUR_EYES_REVIEW_EDEFAULT;
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
		result.append(" (version: ");
		result.append(version);
		result.append(", owner: ");
		result.append(owner);
		result.append(", fourEyesReview: ");
		result.append(fourEyesReview);
		result.append(')');
		return result.toString();
	}

} //SolutionImpl
