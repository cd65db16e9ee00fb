/**
 */
package io.processware.model.process;

import io.processware.model.domain.Entity;

import io.processware.model.solution.RuleSet;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of work. Its determinism decides whether it becomes static code, a runtime-LLM slot or both; its implementation status tracks how far that has come.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.Task#getDeterminism <em>Determinism</em>}</li>
 *   <li>{@link io.processware.model.process.Task#getImplementationStatus <em>Implementation Status</em>}</li>
 *   <li>{@link io.processware.model.process.Task#getRuleSets <em>Rule Sets</em>}</li>
 *   <li>{@link io.processware.model.process.Task#getEntities <em>Entities</em>}</li>
 *   <li>{@link io.processware.model.process.Task#getExistingCode <em>Existing Code</em>}</li>
 *   <li>{@link io.processware.model.process.Task#getLlmSlot <em>Llm Slot</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getTask()
 * @generated
 */
public interface Task extends Activity
{
	/**
	 * Returns the value of the '<em><b>Determinism</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.process.Determinism}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Determinism</em>' attribute.
	 * @see io.processware.model.process.Determinism
	 * @see #setDeterminism(Determinism)
	 * @see io.processware.model.process.ProcessPackage#getTask_Determinism()
	 * @generated
	 */
	Determinism getDeterminism();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Task#getDeterminism <em>Determinism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Determinism</em>' attribute.
	 * @see io.processware.model.process.Determinism
	 * @see #getDeterminism()
	 * @generated
	 */
	void setDeterminism(Determinism value);

	/**
	 * Returns the value of the '<em><b>Implementation Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.process.ImplementationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Implementation Status</em>' attribute.
	 * @see io.processware.model.process.ImplementationStatus
	 * @see #setImplementationStatus(ImplementationStatus)
	 * @see io.processware.model.process.ProcessPackage#getTask_ImplementationStatus()
	 * @generated
	 */
	ImplementationStatus getImplementationStatus();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Task#getImplementationStatus <em>Implementation Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implementation Status</em>' attribute.
	 * @see io.processware.model.process.ImplementationStatus
	 * @see #getImplementationStatus()
	 * @generated
	 */
	void setImplementationStatus(ImplementationStatus value);

	/**
	 * Returns the value of the '<em><b>Rule Sets</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.solution.RuleSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Sets</em>' reference list.
	 * @see io.processware.model.process.ProcessPackage#getTask_RuleSets()
	 * @generated
	 */
	EList<RuleSet> getRuleSets();

	/**
	 * Returns the value of the '<em><b>Entities</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.domain.Entity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entities</em>' reference list.
	 * @see io.processware.model.process.ProcessPackage#getTask_Entities()
	 * @generated
	 */
	EList<Entity> getEntities();

	/**
	 * Returns the value of the '<em><b>Existing Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The existing code that already implements the task (a class, a service operation, a program), when there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Existing Code</em>' attribute.
	 * @see #setExistingCode(String)
	 * @see io.processware.model.process.ProcessPackage#getTask_ExistingCode()
	 * @generated
	 */
	String getExistingCode();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Task#getExistingCode <em>Existing Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Existing Code</em>' attribute.
	 * @see #getExistingCode()
	 * @generated
	 */
	void setExistingCode(String value);

	/**
	 * Returns the value of the '<em><b>Llm Slot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Llm Slot</em>' containment reference.
	 * @see #setLlmSlot(RuntimeLlmSlot)
	 * @see io.processware.model.process.ProcessPackage#getTask_LlmSlot()
	 * @generated
	 */
	RuntimeLlmSlot getLlmSlot();

	/**
	 * Sets the value of the '{@link io.processware.model.process.Task#getLlmSlot <em>Llm Slot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Llm Slot</em>' containment reference.
	 * @see #getLlmSlot()
	 * @generated
	 */
	void setLlmSlot(RuntimeLlmSlot value);

} // Task
