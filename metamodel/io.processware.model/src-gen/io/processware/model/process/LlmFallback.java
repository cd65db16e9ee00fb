/**
 */
package io.processware.model.process;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Llm Fallback</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.processware.model.process.ProcessPackage#getLlmFallback()
 * @generated
 */
public enum LlmFallback implements Enumerator
{
	/**
	 * The '<em><b>HUMAN REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUMAN_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	HUMAN_REVIEW(0, "HUMAN_REVIEW", "HUMAN_REVIEW"),

	/**
	 * The '<em><b>RULE DEFAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RULE_DEFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	RULE_DEFAULT(1, "RULE_DEFAULT", "RULE_DEFAULT"),

	/**
	 * The '<em><b>REJECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REJECT_VALUE
	 * @generated
	 * @ordered
	 */
	REJECT(2, "REJECT", "REJECT");

	/**
	 * The '<em><b>HUMAN REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUMAN_REVIEW
	 * @generated
	 * @ordered
	 */
	public static final int HUMAN_REVIEW_VALUE = 0;

	/**
	 * The '<em><b>RULE DEFAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RULE_DEFAULT
	 * @generated
	 * @ordered
	 */
	public static final int RULE_DEFAULT_VALUE = 1;

	/**
	 * The '<em><b>REJECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REJECT
	 * @generated
	 * @ordered
	 */
	public static final int REJECT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Llm Fallback</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LlmFallback[] VALUES_ARRAY =
		new LlmFallback[]
		{
			HUMAN_REVIEW,
			RULE_DEFAULT,
			REJECT,
		};

	/**
	 * A public read-only list of all the '<em><b>Llm Fallback</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LlmFallback> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Llm Fallback</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LlmFallback get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LlmFallback result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Llm Fallback</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LlmFallback getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LlmFallback result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Llm Fallback</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LlmFallback get(int value)
	{
		switch (value)
		{
			case HUMAN_REVIEW_VALUE: return HUMAN_REVIEW;
			case RULE_DEFAULT_VALUE: return RULE_DEFAULT;
			case REJECT_VALUE: return REJECT;
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
	private LlmFallback(int value, String name, String literal)
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
	
} //LlmFallback
