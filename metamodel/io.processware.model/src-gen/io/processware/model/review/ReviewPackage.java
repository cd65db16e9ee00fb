/**
 */
package io.processware.model.review;

import io.processware.model.solution.SolutionPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.processware.model.review.ReviewFactory
 * @generated
 */
public interface ReviewPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "review";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://processware.io/model/1.0/review";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "review";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReviewPackage eINSTANCE = io.processware.model.review.impl.ReviewPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.processware.model.review.impl.ReviewBoardImpl <em>Board</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.review.impl.ReviewBoardImpl
	 * @see io.processware.model.review.impl.ReviewPackageImpl#getReviewBoard()
	 * @generated
	 */
	int REVIEW_BOARD = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_BOARD__ID = SolutionPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_BOARD__DESCRIPTION = SolutionPackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_BOARD__NAME = SolutionPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_BOARD__KIND = SolutionPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviewers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_BOARD__REVIEWERS = SolutionPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_BOARD__ITEMS = SolutionPackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_BOARD_FEATURE_COUNT = SolutionPackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_BOARD_OPERATION_COUNT = SolutionPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.review.impl.ReviewerImpl <em>Reviewer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.review.impl.ReviewerImpl
	 * @see io.processware.model.review.impl.ReviewPackageImpl#getReviewer()
	 * @generated
	 */
	int REVIEWER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__ID = SolutionPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__DESCRIPTION = SolutionPackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__NAME = SolutionPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__EMAIL = SolutionPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Reviewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_FEATURE_COUNT = SolutionPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Reviewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_OPERATION_COUNT = SolutionPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.review.impl.ArtefactRouteImpl <em>Artefact Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.review.impl.ArtefactRouteImpl
	 * @see io.processware.model.review.impl.ReviewPackageImpl#getArtefactRoute()
	 * @generated
	 */
	int ARTEFACT_ROUTE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTEFACT_ROUTE__ID = SolutionPackage.MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTEFACT_ROUTE__DESCRIPTION = SolutionPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Artefact Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTEFACT_ROUTE__ARTEFACT_KIND = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Boards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTEFACT_ROUTE__BOARDS = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Queue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTEFACT_ROUTE__QUEUE = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Artefact Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTEFACT_ROUTE_FEATURE_COUNT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Artefact Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTEFACT_ROUTE_OPERATION_COUNT = SolutionPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.review.impl.ReviewItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.review.impl.ReviewItemImpl
	 * @see io.processware.model.review.impl.ReviewPackageImpl#getReviewItem()
	 * @generated
	 */
	int REVIEW_ITEM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__ID = SolutionPackage.MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__DESCRIPTION = SolutionPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Artefact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__ARTEFACT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Diff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__DIFF = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__DECISIONS = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM_FEATURE_COUNT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM_OPERATION_COUNT = SolutionPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.review.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.review.impl.DecisionImpl
	 * @see io.processware.model.review.impl.ReviewPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ID = SolutionPackage.MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DESCRIPTION = SolutionPackage.MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__OUTCOME = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__REVIEWER = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DECIDED_AT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__COMMENT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = SolutionPackage.MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = SolutionPackage.MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.processware.model.review.ReviewBoardKind <em>Board Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.review.ReviewBoardKind
	 * @see io.processware.model.review.impl.ReviewPackageImpl#getReviewBoardKind()
	 * @generated
	 */
	int REVIEW_BOARD_KIND = 5;

	/**
	 * The meta object id for the '{@link io.processware.model.review.DecisionOutcome <em>Decision Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.processware.model.review.DecisionOutcome
	 * @see io.processware.model.review.impl.ReviewPackageImpl#getDecisionOutcome()
	 * @generated
	 */
	int DECISION_OUTCOME = 6;


	/**
	 * Returns the meta object for class '{@link io.processware.model.review.ReviewBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Board</em>'.
	 * @see io.processware.model.review.ReviewBoard
	 * @generated
	 */
	EClass getReviewBoard();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.review.ReviewBoard#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.processware.model.review.ReviewBoard#getKind()
	 * @see #getReviewBoard()
	 * @generated
	 */
	EAttribute getReviewBoard_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.review.ReviewBoard#getReviewers <em>Reviewers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviewers</em>'.
	 * @see io.processware.model.review.ReviewBoard#getReviewers()
	 * @see #getReviewBoard()
	 * @generated
	 */
	EReference getReviewBoard_Reviewers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.review.ReviewBoard#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.processware.model.review.ReviewBoard#getItems()
	 * @see #getReviewBoard()
	 * @generated
	 */
	EReference getReviewBoard_Items();

	/**
	 * Returns the meta object for class '{@link io.processware.model.review.Reviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reviewer</em>'.
	 * @see io.processware.model.review.Reviewer
	 * @generated
	 */
	EClass getReviewer();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.review.Reviewer#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see io.processware.model.review.Reviewer#getEmail()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Email();

	/**
	 * Returns the meta object for class '{@link io.processware.model.review.ArtefactRoute <em>Artefact Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Artefact Route</em>'.
	 * @see io.processware.model.review.ArtefactRoute
	 * @generated
	 */
	EClass getArtefactRoute();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.review.ArtefactRoute#getArtefactKind <em>Artefact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Artefact Kind</em>'.
	 * @see io.processware.model.review.ArtefactRoute#getArtefactKind()
	 * @see #getArtefactRoute()
	 * @generated
	 */
	EAttribute getArtefactRoute_ArtefactKind();

	/**
	 * Returns the meta object for the reference list '{@link io.processware.model.review.ArtefactRoute#getBoards <em>Boards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Boards</em>'.
	 * @see io.processware.model.review.ArtefactRoute#getBoards()
	 * @see #getArtefactRoute()
	 * @generated
	 */
	EReference getArtefactRoute_Boards();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.review.ArtefactRoute#getQueue <em>Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue</em>'.
	 * @see io.processware.model.review.ArtefactRoute#getQueue()
	 * @see #getArtefactRoute()
	 * @generated
	 */
	EAttribute getArtefactRoute_Queue();

	/**
	 * Returns the meta object for class '{@link io.processware.model.review.ReviewItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see io.processware.model.review.ReviewItem
	 * @generated
	 */
	EClass getReviewItem();

	/**
	 * Returns the meta object for the reference '{@link io.processware.model.review.ReviewItem#getArtefact <em>Artefact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Artefact</em>'.
	 * @see io.processware.model.review.ReviewItem#getArtefact()
	 * @see #getReviewItem()
	 * @generated
	 */
	EReference getReviewItem_Artefact();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.review.ReviewItem#getDiff <em>Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diff</em>'.
	 * @see io.processware.model.review.ReviewItem#getDiff()
	 * @see #getReviewItem()
	 * @generated
	 */
	EAttribute getReviewItem_Diff();

	/**
	 * Returns the meta object for the containment reference list '{@link io.processware.model.review.ReviewItem#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see io.processware.model.review.ReviewItem#getDecisions()
	 * @see #getReviewItem()
	 * @generated
	 */
	EReference getReviewItem_Decisions();

	/**
	 * Returns the meta object for class '{@link io.processware.model.review.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see io.processware.model.review.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.review.Decision#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see io.processware.model.review.Decision#getOutcome()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Outcome();

	/**
	 * Returns the meta object for the reference '{@link io.processware.model.review.Decision#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see io.processware.model.review.Decision#getReviewer()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.review.Decision#getDecidedAt <em>Decided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided At</em>'.
	 * @see io.processware.model.review.Decision#getDecidedAt()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_DecidedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.processware.model.review.Decision#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see io.processware.model.review.Decision#getComment()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Comment();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.review.ReviewBoardKind <em>Board Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Board Kind</em>'.
	 * @see io.processware.model.review.ReviewBoardKind
	 * @generated
	 */
	EEnum getReviewBoardKind();

	/**
	 * Returns the meta object for enum '{@link io.processware.model.review.DecisionOutcome <em>Decision Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Outcome</em>'.
	 * @see io.processware.model.review.DecisionOutcome
	 * @generated
	 */
	EEnum getDecisionOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ReviewFactory getReviewFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link io.processware.model.review.impl.ReviewBoardImpl <em>Board</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.review.impl.ReviewBoardImpl
		 * @see io.processware.model.review.impl.ReviewPackageImpl#getReviewBoard()
		 * @generated
		 */
		EClass REVIEW_BOARD = eINSTANCE.getReviewBoard();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_BOARD__KIND = eINSTANCE.getReviewBoard_Kind();

		/**
		 * The meta object literal for the '<em><b>Reviewers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_BOARD__REVIEWERS = eINSTANCE.getReviewBoard_Reviewers();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_BOARD__ITEMS = eINSTANCE.getReviewBoard_Items();

		/**
		 * The meta object literal for the '{@link io.processware.model.review.impl.ReviewerImpl <em>Reviewer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.review.impl.ReviewerImpl
		 * @see io.processware.model.review.impl.ReviewPackageImpl#getReviewer()
		 * @generated
		 */
		EClass REVIEWER = eINSTANCE.getReviewer();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__EMAIL = eINSTANCE.getReviewer_Email();

		/**
		 * The meta object literal for the '{@link io.processware.model.review.impl.ArtefactRouteImpl <em>Artefact Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.review.impl.ArtefactRouteImpl
		 * @see io.processware.model.review.impl.ReviewPackageImpl#getArtefactRoute()
		 * @generated
		 */
		EClass ARTEFACT_ROUTE = eINSTANCE.getArtefactRoute();

		/**
		 * The meta object literal for the '<em><b>Artefact Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTEFACT_ROUTE__ARTEFACT_KIND = eINSTANCE.getArtefactRoute_ArtefactKind();

		/**
		 * The meta object literal for the '<em><b>Boards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTEFACT_ROUTE__BOARDS = eINSTANCE.getArtefactRoute_Boards();

		/**
		 * The meta object literal for the '<em><b>Queue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTEFACT_ROUTE__QUEUE = eINSTANCE.getArtefactRoute_Queue();

		/**
		 * The meta object literal for the '{@link io.processware.model.review.impl.ReviewItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.review.impl.ReviewItemImpl
		 * @see io.processware.model.review.impl.ReviewPackageImpl#getReviewItem()
		 * @generated
		 */
		EClass REVIEW_ITEM = eINSTANCE.getReviewItem();

		/**
		 * The meta object literal for the '<em><b>Artefact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_ITEM__ARTEFACT = eINSTANCE.getReviewItem_Artefact();

		/**
		 * The meta object literal for the '<em><b>Diff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_ITEM__DIFF = eINSTANCE.getReviewItem_Diff();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_ITEM__DECISIONS = eINSTANCE.getReviewItem_Decisions();

		/**
		 * The meta object literal for the '{@link io.processware.model.review.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.review.impl.DecisionImpl
		 * @see io.processware.model.review.impl.ReviewPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__OUTCOME = eINSTANCE.getDecision_Outcome();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__REVIEWER = eINSTANCE.getDecision_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Decided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__DECIDED_AT = eINSTANCE.getDecision_DecidedAt();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__COMMENT = eINSTANCE.getDecision_Comment();

		/**
		 * The meta object literal for the '{@link io.processware.model.review.ReviewBoardKind <em>Board Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.review.ReviewBoardKind
		 * @see io.processware.model.review.impl.ReviewPackageImpl#getReviewBoardKind()
		 * @generated
		 */
		EEnum REVIEW_BOARD_KIND = eINSTANCE.getReviewBoardKind();

		/**
		 * The meta object literal for the '{@link io.processware.model.review.DecisionOutcome <em>Decision Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.processware.model.review.DecisionOutcome
		 * @see io.processware.model.review.impl.ReviewPackageImpl#getDecisionOutcome()
		 * @generated
		 */
		EEnum DECISION_OUTCOME = eINSTANCE.getDecisionOutcome();

	}

} //ReviewPackage
