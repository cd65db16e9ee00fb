/**
 */
package io.processware.model.solution;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Environment Data</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.processware.model.solution.SolutionPackage#getEnvironmentData()
 * @generated
 */
public enum EnvironmentData implements Enumerator
{
	/**
	 * The '<em><b>SYNTHETIC DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTHETIC_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	SYNTHETIC_DATA(0, "SYNTHETIC_DATA", "SYNTHETIC_DATA"),

	/**
	 * The '<em><b>MASKED DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASKED_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	MASKED_DATA(1, "MASKED_DATA", "MASKED_DATA"),

	/**
	 * The '<em><b>PRODUCTION DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION_DATA(2, "PRODUCTION_DATA", "PRODUCTION_DATA");

	/**
	 * The '<em><b>SYNTHETIC DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTHETIC_DATA
	 * @generated
	 * @ordered
	 */
	public static final int SYNTHETIC_DATA_VALUE = 0;

	/**
	 * The '<em><b>MASKED DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASKED_DATA
	 * @generated
	 * @ordered
	 */
	public static final int MASKED_DATA_VALUE = 1;

	/**
	 * The '<em><b>PRODUCTION DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION_DATA
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_DATA_VALUE = 2;

	/**
	 * An array of all the '<em><b>Environment Data</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EnvironmentData[] VALUES_ARRAY =
		new EnvironmentData[]
		{
			SYNTHETIC_DATA,
			MASKED_DATA,
			PRODUCTION_DATA,
		};

	/**
	 * A public read-only list of all the '<em><b>Environment Data</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EnvironmentData> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Environment Data</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnvironmentData get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			EnvironmentData result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Environment Data</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnvironmentData getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			EnvironmentData result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Environment Data</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnvironmentData get(int value)
	{
		switch (value)
		{
			case SYNTHETIC_DATA_VALUE: return SYNTHETIC_DATA;
			case MASKED_DATA_VALUE: return MASKED_DATA;
			case PRODUCTION_DATA_VALUE: return PRODUCTION_DATA;
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
	private EnvironmentData(int value, String name, String literal)
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
	
} //EnvironmentData
