package io.processware.rules.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Converts decimals exactly (money must never pass through double) and qualified names. */
public class RulesValueConverters extends DefaultTerminalConverters {

	@Inject
	private QualifiedNameValueConverter qualifiedNameConverter;

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new AbstractValueConverter<>() {
			@Override
			public BigDecimal toValue(String string, INode node) {
				if (string == null || string.isBlank()) {
					throw new ValueConverterException("a number is missing", node, null);
				}
				try {
					return new BigDecimal(string.replaceAll("\\s", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("not a number: " + string, node, e);
				}
			}

			@Override
			public String toString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return qualifiedNameConverter;
	}
}
