package io.processware.rules.interpreter;

import java.math.BigDecimal;

/** An amount of money in one currency; arithmetic across currencies is refused, never converted. */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	Money plus(Money other) {
		return new Money(amount.add(other.amount), common(other));
	}

	Money minus(Money other) {
		return new Money(amount.subtract(other.amount), common(other));
	}

	/** @return the shared currency; an amount without currency takes the other's */
	String common(Money other) {
		if (currency == null) {
			return other.currency;
		}
		if (other.currency != null && !currency.equals(other.currency)) {
			throw new EvaluationException("cannot combine " + currency + " and " + other.currency + " amounts");
		}
		return currency;
	}

	@Override
	public int compareTo(Money other) {
		common(other);
		return amount.compareTo(other.amount);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Money money && amount.compareTo(money.amount) == 0
				&& java.util.Objects.equals(currency, money.currency);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(amount.stripTrailingZeros(), currency);
	}

	@Override
	public String toString() {
		return amount.toPlainString() + (currency == null ? "" : " " + currency);
	}
}
