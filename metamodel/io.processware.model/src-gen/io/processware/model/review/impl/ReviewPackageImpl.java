/**
 */
package io.processware.model.review.impl;

import io.processware.model.domain.DomainPackage;

import io.processware.model.domain.impl.DomainPackageImpl;

import io.processware.model.generation.GenerationPackage;

import io.processware.model.generation.impl.GenerationPackageImpl;

import io.processware.model.process.ProcessPackage;

import io.processware.model.process.impl.ProcessPackageImpl;

import io.processware.model.review.ArtefactRoute;
import io.processware.model.review.Decision;
import io.processware.model.review.DecisionOutcome;
import io.processware.model.review.ReviewBoard;
import io.processware.model.review.ReviewBoardKind;
import io.processware.model.review.ReviewFactory;
import io.processware.model.review.ReviewItem;
import io.processware.model.review.ReviewPackage;
import io.processware.model.review.Reviewer;

import io.processware.model.solution.SolutionPackage;

import io.processware.model.solution.impl.SolutionPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ReviewPackageImpl extends EPackageImpl implements ReviewPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewBoardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass artefactRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewBoardKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionOutcomeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.processware.model.review.ReviewPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ReviewPackageImpl()
	{
		super(eNS_URI, ReviewFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ReviewPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ReviewPackage init()
	{
		if (isInited) return (ReviewPackage)EPackage.Registry.INSTANCE.getEPackage(ReviewPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredReviewPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ReviewPackageImpl theReviewPackage = registeredReviewPackage instanceof ReviewPackageImpl ? (ReviewPackageImpl)registeredReviewPackage : new ReviewPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SolutionPackage.eNS_URI);
		SolutionPackageImpl theSolutionPackage = (SolutionPackageImpl)(registeredPackage instanceof SolutionPackageImpl ? registeredPackage : SolutionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProcessPackage.eNS_URI);
		ProcessPackageImpl theProcessPackage = (ProcessPackageImpl)(registeredPackage instanceof ProcessPackageImpl ? registeredPackage : ProcessPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DomainPackage.eNS_URI);
		DomainPackageImpl theDomainPackage = (DomainPackageImpl)(registeredPackage instanceof DomainPackageImpl ? registeredPackage : DomainPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GenerationPackage.eNS_URI);
		GenerationPackageImpl theGenerationPackage = (GenerationPackageImpl)(registeredPackage instanceof GenerationPackageImpl ? registeredPackage : GenerationPackage.eINSTANCE);

		// Create package meta-data objects
		theReviewPackage.createPackageContents();
		theSolutionPackage.createPackageContents();
		theProcessPackage.createPackageContents();
		theDomainPackage.createPackageContents();
		theGenerationPackage.createPackageContents();

		// Initialize created meta-data
		theReviewPackage.initializePackageContents();
		theSolutionPackage.initializePackageContents();
		theProcessPackage.initializePackageContents();
		theDomainPackage.initializePackageContents();
		theGenerationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theReviewPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ReviewPackage.eNS_URI, theReviewPackage);
		return theReviewPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewBoard()
	{
		return reviewBoardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewBoard_Kind()
	{
		return (EAttribute)reviewBoardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewBoard_Reviewers()
	{
		return (EReference)reviewBoardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewBoard_Items()
	{
		return (EReference)reviewBoardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewer()
	{
		return reviewerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewer_Email()
	{
		return (EAttribute)reviewerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArtefactRoute()
	{
		return artefactRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtefactRoute_ArtefactKind()
	{
		return (EAttribute)artefactRouteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArtefactRoute_Boards()
	{
		return (EReference)artefactRouteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtefactRoute_Queue()
	{
		return (EAttribute)artefactRouteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewItem()
	{
		return reviewItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewItem_Artefact()
	{
		return (EReference)reviewItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewItem_Diff()
	{
		return (EAttribute)reviewItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewItem_Decisions()
	{
		return (EReference)reviewItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecision()
	{
		return decisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Outcome()
	{
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecision_Reviewer()
	{
		return (EReference)decisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_DecidedAt()
	{
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Comment()
	{
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewBoardKind()
	{
		return reviewBoardKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecisionOutcome()
	{
		return decisionOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewFactory getReviewFactory()
	{
		return (ReviewFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		reviewBoardEClass = createEClass(REVIEW_BOARD);
		createEAttribute(reviewBoardEClass, REVIEW_BOARD__KIND);
		createEReference(reviewBoardEClass, REVIEW_BOARD__REVIEWERS);
		createEReference(reviewBoardEClass, REVIEW_BOARD__ITEMS);

		reviewerEClass = createEClass(REVIEWER);
		createEAttribute(reviewerEClass, REVIEWER__EMAIL);

		artefactRouteEClass = createEClass(ARTEFACT_ROUTE);
		createEAttribute(artefactRouteEClass, ARTEFACT_ROUTE__ARTEFACT_KIND);
		createEReference(artefactRouteEClass, ARTEFACT_ROUTE__BOARDS);
		createEAttribute(artefactRouteEClass, ARTEFACT_ROUTE__QUEUE);

		reviewItemEClass = createEClass(REVIEW_ITEM);
		createEReference(reviewItemEClass, REVIEW_ITEM__ARTEFACT);
		createEAttribute(reviewItemEClass, REVIEW_ITEM__DIFF);
		createEReference(reviewItemEClass, REVIEW_ITEM__DECISIONS);

		decisionEClass = createEClass(DECISION);
		createEAttribute(decisionEClass, DECISION__OUTCOME);
		createEReference(decisionEClass, DECISION__REVIEWER);
		createEAttribute(decisionEClass, DECISION__DECIDED_AT);
		createEAttribute(decisionEClass, DECISION__COMMENT);

		// Create enums
		reviewBoardKindEEnum = createEEnum(REVIEW_BOARD_KIND);
		decisionOutcomeEEnum = createEEnum(DECISION_OUTCOME);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		SolutionPackage theSolutionPackage = (SolutionPackage)EPackage.Registry.INSTANCE.getEPackage(SolutionPackage.eNS_URI);
		GenerationPackage theGenerationPackage = (GenerationPackage)EPackage.Registry.INSTANCE.getEPackage(GenerationPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		reviewBoardEClass.getESuperTypes().add(theSolutionPackage.getNamedElement());
		reviewerEClass.getESuperTypes().add(theSolutionPackage.getNamedElement());
		artefactRouteEClass.getESuperTypes().add(theSolutionPackage.getModelElement());
		reviewItemEClass.getESuperTypes().add(theSolutionPackage.getModelElement());
		decisionEClass.getESuperTypes().add(theSolutionPackage.getModelElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(reviewBoardEClass, ReviewBoard.class, "ReviewBoard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewBoard_Kind(), this.getReviewBoardKind(), "kind", null, 0, 1, ReviewBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewBoard_Reviewers(), this.getReviewer(), null, "reviewers", null, 0, -1, ReviewBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewBoard_Items(), this.getReviewItem(), null, "items", null, 0, -1, ReviewBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewerEClass, Reviewer.class, "Reviewer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewer_Email(), ecorePackage.getEString(), "email", null, 0, 1, Reviewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(artefactRouteEClass, ArtefactRoute.class, "ArtefactRoute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArtefactRoute_ArtefactKind(), theGenerationPackage.getArtefactKind(), "artefactKind", null, 0, 1, ArtefactRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArtefactRoute_Boards(), this.getReviewBoard(), null, "boards", null, 0, -1, ArtefactRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtefactRoute_Queue(), theGenerationPackage.getAssemblyQueueKind(), "queue", null, 0, 1, ArtefactRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewItemEClass, ReviewItem.class, "ReviewItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReviewItem_Artefact(), theGenerationPackage.getGeneratedArtefact(), null, "artefact", null, 1, 1, ReviewItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewItem_Diff(), ecorePackage.getEString(), "diff", null, 0, 1, ReviewItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewItem_Decisions(), this.getDecision(), null, "decisions", null, 0, -1, ReviewItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionEClass, Decision.class, "Decision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecision_Outcome(), this.getDecisionOutcome(), "outcome", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecision_Reviewer(), this.getReviewer(), null, "reviewer", null, 1, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_DecidedAt(), theGenerationPackage.getInstant(), "decidedAt", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(reviewBoardKindEEnum, ReviewBoardKind.class, "ReviewBoardKind");
		addEEnumLiteral(reviewBoardKindEEnum, ReviewBoardKind.BUSINESS);
		addEEnumLiteral(reviewBoardKindEEnum, ReviewBoardKind.SECURITY);
		addEEnumLiteral(reviewBoardKindEEnum, ReviewBoardKind.FINOPS);
		addEEnumLiteral(reviewBoardKindEEnum, ReviewBoardKind.DATA_GOVERNANCE);
		addEEnumLiteral(reviewBoardKindEEnum, ReviewBoardKind.LEGACY_INTEGRATION);

		initEEnum(decisionOutcomeEEnum, DecisionOutcome.class, "DecisionOutcome");
		addEEnumLiteral(decisionOutcomeEEnum, DecisionOutcome.APPROVED);
		addEEnumLiteral(decisionOutcomeEEnum, DecisionOutcome.REJECTED);
		addEEnumLiteral(decisionOutcomeEEnum, DecisionOutcome.CHANGES_REQUESTED);

		// Create resource
		createResource(eNS_URI);
	}

} //ReviewPackageImpl
