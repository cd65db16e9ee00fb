/**
 */
package io.processware.model.process;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Implementation Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.processware.model.process.ProcessPackage#getImplementationStatus()
 * @generated
 */
public enum ImplementationStatus implements Enumerator
{
	/**
	 * The '<em><b>TO GENERATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TO_GENERATE_VALUE
	 * @generated
	 * @ordered
	 */
	TO_GENERATE(0, "TO_GENERATE", "TO_GENERATE"),

	/**
	 * The '<em><b>EXISTING STATIC CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXISTING_STATIC_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	EXISTING_STATIC_CODE(1, "EXISTING_STATIC_CODE", "EXISTING_STATIC_CODE"),

	/**
	 * The '<em><b>GENERATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERATED_VALUE
	 * @generated
	 * @ordered
	 */
	GENERATED(2, "GENERATED", "GENERATED"),

	/**
	 * The '<em><b>VALIDATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALIDATED_VALUE
	 * @generated
	 * @ordered
	 */
	VALIDATED(3, "VALIDATED", "VALIDATED"),

	/**
	 * The '<em><b>DEPLOYED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPLOYED_VALUE
	 * @generated
	 * @ordered
	 */
	DEPLOYED(4, "DEPLOYED", "DEPLOYED"),

	/**
	 * The '<em><b>RUNTIME LLM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_LLM_VALUE
	 * @generated
	 * @ordered
	 */
	RUNTIME_LLM(5, "RUNTIME_LLM", "RUNTIME_LLM");

	/**
	 * The '<em><b>TO GENERATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TO_GENERATE
	 * @generated
	 * @ordered
	 */
	public static final int TO_GENERATE_VALUE = 0;

	/**
	 * The '<em><b>EXISTING STATIC CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXISTING_STATIC_CODE
	 * @generated
	 * @ordered
	 */
	public static final int EXISTING_STATIC_CODE_VALUE = 1;

	/**
	 * The '<em><b>GENERATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERATED
	 * @generated
	 * @ordered
	 */
	public static final int GENERATED_VALUE = 2;

	/**
	 * The '<em><b>VALIDATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALIDATED
	 * @generated
	 * @ordered
	 */
	public static final int VALIDATED_VALUE = 3;

	/**
	 * The '<em><b>DEPLOYED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPLOYED
	 * @generated
	 * @ordered
	 */
	public static final int DEPLOYED_VALUE = 4;

	/**
	 * The '<em><b>RUNTIME LLM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNTIME_LLM
	 * @generated
	 * @ordered
	 */
	public static final int RUNTIME_LLM_VALUE = 5;

	/**
	 * An array of all the '<em><b>Implementation Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ImplementationStatus[] VALUES_ARRAY =
		new ImplementationStatus[]
		{
			TO_GENERATE,
			EXISTING_STATIC_CODE,
			GENERATED,
			VALIDATED,
			DEPLOYED,
			RUNTIME_LLM,
		};

	/**
	 * A public read-only list of all the '<em><b>Implementation Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ImplementationStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Implementation Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImplementationStatus get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ImplementationStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Implementation Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImplementationStatus getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ImplementationStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Implementation Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImplementationStatus get(int value)
	{
		switch (value)
		{
			case TO_GENERATE_VALUE: return TO_GENERATE;
			case EXISTING_STATIC_CODE_VALUE: return EXISTING_STATIC_CODE;
			case GENERATED_VALUE: return GENERATED;
			case VALIDATED_VALUE: return VALIDATED;
			case DEPLOYED_VALUE: return DEPLOYED;
			case RUNTIME_LLM_VALUE: return RUNTIME_LLM;
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
	private ImplementationStatus(int value, String name, String literal)
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
	
} //ImplementationStatus
