/**
 */
package io.processware.model.process;

import io.processware.model.domain.Attribute;

import io.processware.model.solution.ModelElement;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Runtime Llm Slot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The variable part of a task, answered at run time by a language model behind a router that falls back safely.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.processware.model.process.RuntimeLlmSlot#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link io.processware.model.process.RuntimeLlmSlot#getInputs <em>Inputs</em>}</li>
 *   <li>{@link io.processware.model.process.RuntimeLlmSlot#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link io.processware.model.process.RuntimeLlmSlot#getMinimumConfidence <em>Minimum Confidence</em>}</li>
 *   <li>{@link io.processware.model.process.RuntimeLlmSlot#getFallback <em>Fallback</em>}</li>
 * </ul>
 *
 * @see io.processware.model.process.ProcessPackage#getRuntimeLlmSlot()
 * @generated
 */
public interface RuntimeLlmSlot extends ModelElement
{
	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see io.processware.model.process.ProcessPackage#getRuntimeLlmSlot_Purpose()
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link io.processware.model.process.RuntimeLlmSlot#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.domain.Attribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' reference list.
	 * @see io.processware.model.process.ProcessPackage#getRuntimeLlmSlot_Inputs()
	 * @generated
	 */
	EList<Attribute> getInputs();

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' reference list.
	 * The list contents are of type {@link io.processware.model.domain.Attribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outputs</em>' reference list.
	 * @see io.processware.model.process.ProcessPackage#getRuntimeLlmSlot_Outputs()
	 * @generated
	 */
	EList<Attribute> getOutputs();

	/**
	 * Returns the value of the '<em><b>Minimum Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Confidence</em>' attribute.
	 * @see #setMinimumConfidence(double)
	 * @see io.processware.model.process.ProcessPackage#getRuntimeLlmSlot_MinimumConfidence()
	 * @generated
	 */
	double getMinimumConfidence();

	/**
	 * Sets the value of the '{@link io.processware.model.process.RuntimeLlmSlot#getMinimumConfidence <em>Minimum Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Confidence</em>' attribute.
	 * @see #getMinimumConfidence()
	 * @generated
	 */
	void setMinimumConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Fallback</b></em>' attribute.
	 * The literals are from the enumeration {@link io.processware.model.process.LlmFallback}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fallback</em>' attribute.
	 * @see io.processware.model.process.LlmFallback
	 * @see #setFallback(LlmFallback)
	 * @see io.processware.model.process.ProcessPackage#getRuntimeLlmSlot_Fallback()
	 * @generated
	 */
	LlmFallback getFallback();

	/**
	 * Sets the value of the '{@link io.processware.model.process.RuntimeLlmSlot#getFallback <em>Fallback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fallback</em>' attribute.
	 * @see io.processware.model.process.LlmFallback
	 * @see #getFallback()
	 * @generated
	 */
	void setFallback(LlmFallback value);

} // RuntimeLlmSlot
