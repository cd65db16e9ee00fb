/**
 */
package io.processware.model.solution;

import io.processware.model.domain.Domain;

import io.processware.model.generation.GenerationRun;

import io.processware.model.review.ArtefactRoute;
import io.processware.model.review.ReviewBoard;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Solution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a solution model: one business solution, everything Processware needs to generate, review and run it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.solution.Solution#getVersion <em>Version</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getDomains <em>Domains</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getProcesses <em>Processes</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getRuleSets <em>Rule Sets</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getLegacySystems <em>Legacy Systems</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getEnvironments <em>Environments</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getServiceLevelObjectives <em>Service Level Objectives</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getFinOps <em>Fin Ops</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getSecurity <em>Security</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getQualityGates <em>Quality Gates</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getReviewBoards <em>Review Boards</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getArtefactRoutes <em>Artefact Routes</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#getGenerationRuns <em>Generation Runs</em>}</li>
 *   <li>{@link io.processware.model.solution.Solution#isFourEyesReview <em>Four Eyes Review</em>}</li>
 * </ul>
 *
 * @see io.processware.model.solution.SolutionPackage#getSolution()
 * @generated
 */
public interface Solution extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.processware.model.solution.SolutionPackage#getSolution_Version()
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Solution#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see io.processware.model.solution.SolutionPackage#getSolution_Owner()
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Solution#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.domain.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_Domains()
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Processes</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.process.Process}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Processes</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_Processes()
	 * @generated
	 */
	EList<io.processware.model.process.Process> getProcesses();

	/**
	 * Returns the value of the '<em><b>Rule Sets</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.RuleSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Sets</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_RuleSets()
	 * @generated
	 */
	EList<RuleSet> getRuleSets();

	/**
	 * Returns the value of the '<em><b>Legacy Systems</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.LegacySystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legacy Systems</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_LegacySystems()
	 * @generated
	 */
	EList<LegacySystem> getLegacySystems();

	/**
	 * Returns the value of the '<em><b>Environments</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.Environment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Environments</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_Environments()
	 * @generated
	 */
	EList<Environment> getEnvironments();

	/**
	 * Returns the value of the '<em><b>Service Level Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.ServiceLevelObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Level Objectives</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_ServiceLevelObjectives()
	 * @generated
	 */
	EList<ServiceLevelObjective> getServiceLevelObjectives();

	/**
	 * Returns the value of the '<em><b>Fin Ops</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fin Ops</em>' containment reference.
	 * @see #setFinOps(FinOpsSettings)
	 * @see io.processware.model.solution.SolutionPackage#getSolution_FinOps()
	 * @generated
	 */
	FinOpsSettings getFinOps();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Solution#getFinOps <em>Fin Ops</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fin Ops</em>' containment reference.
	 * @see #getFinOps()
	 * @generated
	 */
	void setFinOps(FinOpsSettings value);

	/**
	 * Returns the value of the '<em><b>Security</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security</em>' containment reference.
	 * @see #setSecurity(SecurityRequirements)
	 * @see io.processware.model.solution.SolutionPackage#getSolution_Security()
	 * @generated
	 */
	SecurityRequirements getSecurity();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Solution#getSecurity <em>Security</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security</em>' containment reference.
	 * @see #getSecurity()
	 * @generated
	 */
	void setSecurity(SecurityRequirements value);

	/**
	 * Returns the value of the '<em><b>Quality Gates</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.solution.QualityGate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quality Gates</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_QualityGates()
	 * @generated
	 */
	EList<QualityGate> getQualityGates();

	/**
	 * Returns the value of the '<em><b>Review Boards</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.review.ReviewBoard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Boards</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_ReviewBoards()
	 * @generated
	 */
	EList<ReviewBoard> getReviewBoards();

	/**
	 * Returns the value of the '<em><b>Artefact Routes</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.review.ArtefactRoute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artefact Routes</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_ArtefactRoutes()
	 * @generated
	 */
	EList<ArtefactRoute> getArtefactRoutes();

	/**
	 * Returns the value of the '<em><b>Generation Runs</b></em>' containment reference list.
	 * The list contents are of type {@link io.processware.model.generation.GenerationRun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generation Runs</em>' containment reference list.
	 * @see io.processware.model.solution.SolutionPackage#getSolution_GenerationRuns()
	 * @generated
	 */
	EList<GenerationRun> getGenerationRuns();

	/**
	 * Returns the value of the '<em><b>Four Eyes Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Four-eyes review: nobody approves a generation run made from their own model change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Four Eyes Review</em>' attribute.
	 * @see #setFourEyesReview(boolean)
	 * @see io.processware.model.solution.SolutionPackage#getSolution_FourEyesReview()
	 * @generated
	 */
	boolean isFourEyesReview();

	/**
	 * Sets the value of the '{@link io.processware.model.solution.Solution#isFourEyesReview <em>Four Eyes Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Four Eyes Review</em>' attribute.
	 * @see #isFourEyesReview()
	 * @generated
	 */
	void setFourEyesReview(boolean value);

} // Solution
