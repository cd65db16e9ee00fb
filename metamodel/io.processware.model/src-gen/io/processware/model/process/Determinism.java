/**
 */
package io.processware.model.process;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Determinism</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.processware.model.process.ProcessPackage#getDeterminism()
 * @generated
 */
public enum Determinism implements Enumerator
{
	/**
	 * The '<em><b>UNCLASSIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNCLASSIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNCLASSIFIED(0, "UNCLASSIFIED", "UNCLASSIFIED"),

	/**
	 * The '<em><b>DETERMINISTIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETERMINISTIC_VALUE
	 * @generated
	 * @ordered
	 */
	DETERMINISTIC(1, "DETERMINISTIC", "DETERMINISTIC"),

	/**
	 * The '<em><b>PARTIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIAL_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIAL(2, "PARTIAL", "PARTIAL"),

	/**
	 * The '<em><b>NON DETERMINISTIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_DETERMINISTIC_VALUE
	 * @generated
	 * @ordered
	 */
	NON_DETERMINISTIC(3, "NON_DETERMINISTIC", "NON_DETERMINISTIC");

	/**
	 * The '<em><b>UNCLASSIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNCLASSIFIED
	 * @generated
	 * @ordered
	 */
	public static final int UNCLASSIFIED_VALUE = 0;

	/**
	 * The '<em><b>DETERMINISTIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETERMINISTIC
	 * @generated
	 * @ordered
	 */
	public static final int DETERMINISTIC_VALUE = 1;

	/**
	 * The '<em><b>PARTIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIAL
	 * @generated
	 * @ordered
	 */
	public static final int PARTIAL_VALUE = 2;

	/**
	 * The '<em><b>NON DETERMINISTIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_DETERMINISTIC
	 * @generated
	 * @ordered
	 */
	public static final int NON_DETERMINISTIC_VALUE = 3;

	/**
	 * An array of all the '<em><b>Determinism</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Determinism[] VALUES_ARRAY =
		new Determinism[]
		{
			UNCLASSIFIED,
			DETERMINISTIC,
			PARTIAL,
			NON_DETERMINISTIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Determinism</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Determinism> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Determinism</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Determinism get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Determinism result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Determinism</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Determinism getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Determinism result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Determinism</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Determinism get(int value)
	{
		switch (value)
		{
			case UNCLASSIFIED_VALUE: return UNCLASSIFIED;
			case DETERMINISTIC_VALUE: return DETERMINISTIC;
			case PARTIAL_VALUE: return PARTIAL;
			case NON_DETERMINISTIC_VALUE: return NON_DETERMINISTIC;
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
	private Determinism(int value, String name, String literal)
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
	
} //Determinism
