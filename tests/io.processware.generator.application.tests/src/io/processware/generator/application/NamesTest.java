package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

	@ParameterizedTest
	@CsvSource({ "Supplier bank account,SupplierBankAccount,supplierBankAccount,supplier_bank_account,supplier-bank-accounts",
			"IBAN,Iban,iban,iban,ibans", "supplierIBANCode,SupplierIbanCode,supplierIbanCode,supplier_iban_code,supplier-iban-codes",
			"class,Class,classValue,class,classes", "Order,Order,order,order_,orders",
			"approval policy,ApprovalPolicy,approvalPolicy,approval_policy,approval-policies",
			"2nd reminder,N2ndReminder,n2ndReminder,n_2nd_reminder,2nd-reminders", "user,User,user,user_,users",
			"Größe,Grosse,grosse,grosse,grosses", "Café order,CafeOrder,cafeOrder,cafe_order,cafe-orders" })
	void turnsAnalystNamesIntoCodeNames(String name, String type, String member, String sql, String path) {
		assertEquals(type, Names.javaType(name));
		assertEquals(member, Names.javaMember(name));
		assertEquals(sql, Names.sql(name));
		assertEquals(path, Names.collectionPath(name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "--", "€" })
	void aNameWithoutLettersOrDigitsIsRejected(String name) {
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> Names.javaType(name));
		assertEquals("'" + name + "' has no letters or digits to make a name from", failure.getMessage());
	}

	@ParameterizedTest
	@CsvSource({ "in review,IN_REVIEW", "paid,PAID", "3 way match,N_3_WAY_MATCH" })
	void enumerationLiteralsBecomeConstants(String literal, String constant) {
		assertEquals(constant, Names.javaConstant(literal));
	}
}
