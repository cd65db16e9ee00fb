/**
 */
package io.processware.model.generation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Artefact Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.processware.model.generation.GenerationPackage#getArtefactKind()
 * @generated
 */
public enum ArtefactKind implements Enumerator
{
	/**
	 * The '<em><b>APPLICATION CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	APPLICATION_CODE(0, "APPLICATION_CODE", "APPLICATION_CODE"),

	/**
	 * The '<em><b>TEST CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEST_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	TEST_CODE(1, "TEST_CODE", "TEST_CODE"),

	/**
	 * The '<em><b>INFRASTRUCTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE_VALUE
	 * @generated
	 * @ordered
	 */
	INFRASTRUCTURE(2, "INFRASTRUCTURE", "INFRASTRUCTURE"),

	/**
	 * The '<em><b>CI CD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CI_CD_VALUE
	 * @generated
	 * @ordered
	 */
	CI_CD(3, "CI_CD", "CI_CD"),

	/**
	 * The '<em><b>SECURITY POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY_POLICY(4, "SECURITY_POLICY", "SECURITY_POLICY"),

	/**
	 * The '<em><b>FINOPS BUDGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINOPS_BUDGET_VALUE
	 * @generated
	 * @ordered
	 */
	FINOPS_BUDGET(5, "FINOPS_BUDGET", "FINOPS_BUDGET"),

	/**
	 * The '<em><b>DATA CATALOG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_CATALOG_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_CATALOG(6, "DATA_CATALOG", "DATA_CATALOG"),

	/**
	 * The '<em><b>LEGACY ADAPTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGACY_ADAPTER_VALUE
	 * @generated
	 * @ordered
	 */
	LEGACY_ADAPTER(7, "LEGACY_ADAPTER", "LEGACY_ADAPTER"),

	/**
	 * The '<em><b>DOCUMENTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENTATION_VALUE
	 * @generated
	 * @ordered
	 */
	DOCUMENTATION(8, "DOCUMENTATION", "DOCUMENTATION");

	/**
	 * The '<em><b>APPLICATION CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION_CODE
	 * @generated
	 * @ordered
	 */
	public static final int APPLICATION_CODE_VALUE = 0;

	/**
	 * The '<em><b>TEST CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEST_CODE
	 * @generated
	 * @ordered
	 */
	public static final int TEST_CODE_VALUE = 1;

	/**
	 * The '<em><b>INFRASTRUCTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE
	 * @generated
	 * @ordered
	 */
	public static final int INFRASTRUCTURE_VALUE = 2;

	/**
	 * The '<em><b>CI CD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CI_CD
	 * @generated
	 * @ordered
	 */
	public static final int CI_CD_VALUE = 3;

	/**
	 * The '<em><b>SECURITY POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_POLICY
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_POLICY_VALUE = 4;

	/**
	 * The '<em><b>FINOPS BUDGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINOPS_BUDGET
	 * @generated
	 * @ordered
	 */
	public static final int FINOPS_BUDGET_VALUE = 5;

	/**
	 * The '<em><b>DATA CATALOG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_CATALOG
	 * @generated
	 * @ordered
	 */
	public static final int DATA_CATALOG_VALUE = 6;

	/**
	 * The '<em><b>LEGACY ADAPTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGACY_ADAPTER
	 * @generated
	 * @ordered
	 */
	public static final int LEGACY_ADAPTER_VALUE = 7;

	/**
	 * The '<em><b>DOCUMENTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENTATION
	 * @generated
	 * @ordered
	 */
	public static final int DOCUMENTATION_VALUE = 8;

	/**
	 * An array of all the '<em><b>Artefact Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ArtefactKind[] VALUES_ARRAY =
		new ArtefactKind[]
		{
			APPLICATION_CODE,
			TEST_CODE,
			INFRASTRUCTURE,
			CI_CD,
			SECURITY_POLICY,
			FINOPS_BUDGET,
			DATA_CATALOG,
			LEGACY_ADAPTER,
			DOCUMENTATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Artefact Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ArtefactKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Artefact Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArtefactKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ArtefactKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Artefact Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArtefactKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ArtefactKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Artefact Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArtefactKind get(int value)
	{
		switch (value)
		{
			case APPLICATION_CODE_VALUE: return APPLICATION_CODE;
			case TEST_CODE_VALUE: return TEST_CODE;
			case INFRASTRUCTURE_VALUE: return INFRASTRUCTURE;
			case CI_CD_VALUE: return CI_CD;
			case SECURITY_POLICY_VALUE: return SECURITY_POLICY;
			case FINOPS_BUDGET_VALUE: return FINOPS_BUDGET;
			case DATA_CATALOG_VALUE: return DATA_CATALOG;
			case LEGACY_ADAPTER_VALUE: return LEGACY_ADAPTER;
			case DOCUMENTATION_VALUE: return DOCUMENTATION;
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
	private ArtefactKind(int value, String name, String literal)
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
	
} //ArtefactKind
