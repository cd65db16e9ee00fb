/**
 */
package io.processware.model.generation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Phase Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.processware.model.generation.GenerationPackage#getPhaseKind()
 * @generated
 */
public enum PhaseKind implements Enumerator
{
	/**
	 * The '<em><b>VALIDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALIDATE_VALUE
	 * @generated
	 * @ordered
	 */
	VALIDATE(0, "VALIDATE", "VALIDATE"),

	/**
	 * The '<em><b>GENERATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERATE_VALUE
	 * @generated
	 * @ordered
	 */
	GENERATE(1, "GENERATE", "GENERATE"),

	/**
	 * The '<em><b>QA CHECK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QA_CHECK_VALUE
	 * @generated
	 * @ordered
	 */
	QA_CHECK(2, "QA_CHECK", "QA_CHECK"),

	/**
	 * The '<em><b>REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEW(3, "REVIEW", "REVIEW"),

	/**
	 * The '<em><b>ASSEMBLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSEMBLE_VALUE
	 * @generated
	 * @ordered
	 */
	ASSEMBLE(4, "ASSEMBLE", "ASSEMBLE"),

	/**
	 * The '<em><b>QUALITY GATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_GATE_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITY_GATE(5, "QUALITY_GATE", "QUALITY_GATE"),

	/**
	 * The '<em><b>BUSINESS APPROVAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_APPROVAL_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_APPROVAL(6, "BUSINESS_APPROVAL", "BUSINESS_APPROVAL"),

	/**
	 * The '<em><b>COMMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMIT_VALUE
	 * @generated
	 * @ordered
	 */
	COMMIT(7, "COMMIT", "COMMIT");

	/**
	 * The '<em><b>VALIDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALIDATE
	 * @generated
	 * @ordered
	 */
	public static final int VALIDATE_VALUE = 0;

	/**
	 * The '<em><b>GENERATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERATE
	 * @generated
	 * @ordered
	 */
	public static final int GENERATE_VALUE = 1;

	/**
	 * The '<em><b>QA CHECK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QA_CHECK
	 * @generated
	 * @ordered
	 */
	public static final int QA_CHECK_VALUE = 2;

	/**
	 * The '<em><b>REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW
	 * @generated
	 * @ordered
	 */
	public static final int REVIEW_VALUE = 3;

	/**
	 * The '<em><b>ASSEMBLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSEMBLE
	 * @generated
	 * @ordered
	 */
	public static final int ASSEMBLE_VALUE = 4;

	/**
	 * The '<em><b>QUALITY GATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITY_GATE
	 * @generated
	 * @ordered
	 */
	public static final int QUALITY_GATE_VALUE = 5;

	/**
	 * The '<em><b>BUSINESS APPROVAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_APPROVAL
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_APPROVAL_VALUE = 6;

	/**
	 * The '<em><b>COMMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMIT
	 * @generated
	 * @ordered
	 */
	public static final int COMMIT_VALUE = 7;

	/**
	 * An array of all the '<em><b>Phase Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PhaseKind[] VALUES_ARRAY =
		new PhaseKind[]
		{
			VALIDATE,
			GENERATE,
			QA_CHECK,
			REVIEW,
			ASSEMBLE,
			QUALITY_GATE,
			BUSINESS_APPROVAL,
			COMMIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Phase Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PhaseKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Phase Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhaseKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PhaseKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phase Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhaseKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PhaseKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phase Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhaseKind get(int value)
	{
		switch (value)
		{
			case VALIDATE_VALUE: return VALIDATE;
			case GENERATE_VALUE: return GENERATE;
			case QA_CHECK_VALUE: return QA_CHECK;
			case REVIEW_VALUE: return REVIEW;
			case ASSEMBLE_VALUE: return ASSEMBLE;
			case QUALITY_GATE_VALUE: return QUALITY_GATE;
			case BUSINESS_APPROVAL_VALUE: return BUSINESS_APPROVAL;
			case COMMIT_VALUE: return COMMIT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PhaseKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //PhaseKind
