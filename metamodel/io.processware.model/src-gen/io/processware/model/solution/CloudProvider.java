/**
 */
package io.processware.model.solution;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cloud Provider</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.processware.model.solution.SolutionPackage#getCloudProvider()
 * @generated
 */
public enum CloudProvider implements Enumerator
{
	/**
	 * The '<em><b>AWS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWS_VALUE
	 * @generated
	 * @ordered
	 */
	AWS(0, "AWS", "AWS"),

	/**
	 * The '<em><b>AZURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AZURE_VALUE
	 * @generated
	 * @ordered
	 */
	AZURE(1, "AZURE", "AZURE"),

	/**
	 * The '<em><b>GCP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GCP_VALUE
	 * @generated
	 * @ordered
	 */
	GCP(2, "GCP", "GCP"),

	/**
	 * The '<em><b>ON PREMISES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_PREMISES_VALUE
	 * @generated
	 * @ordered
	 */
	ON_PREMISES(3, "ON_PREMISES", "ON_PREMISES");

	/**
	 * The '<em><b>AWS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWS
	 * @generated
	 * @ordered
	 */
	public static final int AWS_VALUE = 0;

	/**
	 * The '<em><b>AZURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AZURE
	 * @generated
	 * @ordered
	 */
	public static final int AZURE_VALUE = 1;

	/**
	 * The '<em><b>GCP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GCP
	 * @generated
	 * @ordered
	 */
	public static final int GCP_VALUE = 2;

	/**
	 * The '<em><b>ON PREMISES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_PREMISES
	 * @generated
	 * @ordered
	 */
	public static final int ON_PREMISES_VALUE = 3;

	/**
	 * An array of all the '<em><b>Cloud Provider</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CloudProvider[] VALUES_ARRAY =
		new CloudProvider[]
		{
			AWS,
			AZURE,
			GCP,
			ON_PREMISES,
		};

	/**
	 * A public read-only list of all the '<em><b>Cloud Provider</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CloudProvider> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cloud Provider</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudProvider get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CloudProvider result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cloud Provider</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudProvider getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CloudProvider result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cloud Provider</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudProvider get(int value)
	{
		switch (value)
		{
			case AWS_VALUE: return AWS;
			case AZURE_VALUE: return AZURE;
			case GCP_VALUE: return GCP;
			case ON_PREMISES_VALUE: return ON_PREMISES;
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
	private CloudProvider(int value, String name, String literal)
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
	
} //CloudProvider
